# Spelling numbers in English words.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]
def below_1000(n):
    parts = []
    if n >= 100:
        parts.append(ONES[n // 100] + " hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n or not parts:
        parts.append(ONES[n])
    return " ".join(parts)
def words(n):
    if n < 0:
        return "minus " + words(-n)
    parts = []
    for value, name in SCALES:
        if n >= value:
            parts.append(words(n // value) + " " + name)
            n %= value
    if n or not parts:
        parts.append(below_1000(n))
    return " ".join(parts)
for n in (0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 123456, -15, 10 ** 6, 2 ** 40):
    print(n, words(n))
total = sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001))
print("letters 1..1000:", total)
