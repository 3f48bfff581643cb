# A builtin base listed before a user mixin comes first in the MRO: its special methods win
# over the mixin's (class S(str, Mixin) compares and hashes as a str).
class Mixin:
    def __eq__(self, o):
        return self is o

    def __hash__(self):
        return 1

    def __len__(self):
        return 99

    def describe(self):
        return 'mixin'


class S(str, Mixin):
    pass


s = S('x')
print(s == 'x', 'x' == s, s != 'x', S.__eq__ is str.__eq__, hash(s) == hash('x'), len(s))
print({s: 1}.get('x'), 'x' in {s}, s.describe())


class I(int, Mixin):
    pass


print(I(1) == 1, 1 == I(1), I(2) in [1, 2], hash(I(5)) == 5)


class L(list, Mixin):
    pass


print(L([1]) == [1], len(L([1, 2])))


class T(tuple, Mixin):
    pass


print(T((1,)) == (1,), len(T()))


class D(dict, Mixin):
    pass


print(D(a=1) == {'a': 1}, len(D(a=1)))


class F(float, Mixin):
    pass


print(F(1.0) == 1.0, F(2.5) == 2.5)


# The mixin first: its methods win.
class M(Mixin, str):
    pass


m = M('x')
print(m == 'x', m == m, len(m), hash(m))
