# __round__, __trunc__, __floor__, __ceil__, __int__ of floats, and round() with ndigits
vals = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 123456.789, -7.9, 7.1, 1e16 + 2, 1e300, -0.0]
for x in vals:
    print(repr(x), x.__round__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__int__(),
          round(x, 1), round(x, 2), round(x, -1), round(x, -2), x.__round__(0), x.__round__(None))
for x in [float('inf'), float('-inf'), float('nan')]:
    for f in [round, float.__trunc__, float.__floor__, float.__ceil__, int]:
        try:
            print(f(x))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print(round(x, 2))
print(round(1e308, -308), round(5e-324, 400), round(1.5e-300, 300), round(123.456, -400))
print(round(2.5), round(3.5), round(-2.5), round(0.49999999999999994), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1234567, -3), round(1500, -3), round(2500, -3), round(-2500, -3), round(7, 2), round(10**30 + 5, -1), round(15, -100))
print((15).__round__(-1), (25).__round__(-1), (-25).__round__(-1), True.__round__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
try:
    round(1.5, 'x')
except TypeError as e:
    print('TypeError', e)
try:
    round(1e308, -309)
    print(round(1.7e308, -308))
except OverflowError as e:
    print('OverflowError', e)
