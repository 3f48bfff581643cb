# sys: float_info, maxunicode, int_max_str_digits, intern, exception(), getdefaultencoding.
import sys

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, len(fi))
print(fi[0] == fi.max, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, repr(fi)[:30])
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff', sys.getdefaultencoding())
print(sys.get_int_max_str_digits())
n = 10 ** 5000
try:
    str(n)
except ValueError as e:
    print(e)
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(n)), int('7' * 5000) % 1000, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=700)
try:
    str(10 ** 700)
except ValueError as e:
    print(e)
print(len(str(10 ** 699)))
for bad in [5, -1, 'x']:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
a = sys.intern('hello' + str(len('ab')))
print(a, a is sys.intern('hello2'))
try:
    sys.intern(5)
except TypeError as e:
    print(e)
print(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(repr(sys.exception()))
print(sys.exception())
