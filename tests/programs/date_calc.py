# Calendar arithmetic: leap years, day of week, days between dates.
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in(y, m):
    return 29 if m == 2 and leap(y) else DAYS[m - 1]
def ordinal(y, m, d):
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    for mm in range(1, m):
        n += days_in(y, mm)
    return n + d
def weekday(y, m, d):
    return NAMES[(ordinal(y, m, d) - 1) % 7]
print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if leap(y)])
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1969, 7, 20), (2038, 1, 19)]:
    print(date, weekday(*date), ordinal(*date))
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1900, 1, 1))
def month_calendar(y, m):
    print(" ".join(n[:2] for n in NAMES))
    first = (ordinal(y, m, 1) - 1) % 7
    cells = ["  "] * first + [str(d).rjust(2) for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
month_calendar(2024, 2)
fridays = sum(1 for y in range(1901, 2001) for m in range(1, 13) if weekday(y, m, 13) == "Friday")
print("friday the 13ths in the 20th century:", fridays)
