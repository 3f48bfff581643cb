# string: constants, capwords and Template substitution with its errors.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.ascii_lowercase[::5], string.ascii_uppercase[-3:])
print(string.capwords(' hello   wORLD  foo '), string.capwords('a-b-c', '-'), string.capwords(''))
T = string.Template
t = T('$who likes ${what}s, costs $$5; $who again')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, who='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost: $5', 'line1\nab $ x', '${a b}', 'end $']:
    try:
        T(bad).substitute(a=1)
    except ValueError as e:
        print(e)
    print(repr(T(bad).safe_substitute(a=1)), T(bad).is_valid())
print(T('$a$b${c}d $_x1').substitute(a=1, b=2, c=3, _x1=[4]))


class Percent(string.Template):
    delimiter = '%'


print(Percent('%who: %%%n').substitute(who='me', n=9))
