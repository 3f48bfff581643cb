# enum: Flag, IntFlag, StrEnum, auto and _generate_next_value_, mixed with errors.
import enum
class P(enum.IntFlag):
    R=4; W=2; X=1
class F(enum.Flag):
    A=enum.auto(); B=enum.auto(); C=enum.auto()
print(repr(P.W|P.R), str(P.W|P.R), repr(P(0)), str(P(0)), repr(~P.R), P.R in P.R|P.W, list(P.R|P.X), bool(P(0)), P.R|1, type(P.R|1), P.R+1, repr(P(8)), repr(P(12)))
print(repr(F.A|F.C), str(F.A|F.C), repr(F(0)), str(F(0)), repr(~F.A), F.A in F.A|F.B, list(F.A|F.C), len(F), list(F), F.A.value, F.C.value, format(F.A), f"{P.R}")
print((F.A|F.B).name, F(0).name, F.A & F.B, F.A ^ F.A, (F.A|F.B) is (F.B|F.A))
try: F(8)
except ValueError as e: print(e)
try: F.A | 1
except TypeError as e: print(e)
class S(enum.StrEnum):
    X="x"; Y=enum.auto()
print(S.X, repr(S.Y), S.X == "x", S.Y.upper(), f"{S.X:>3}")
class Color(enum.Enum):
    RED = enum.auto(); GREEN = enum.auto()
class C2(enum.Enum):
    def _generate_next_value_(name, start, count, last_values): return name * 2
    A = enum.auto()
print(list(Color), C2.A.value, Color(1))
try: Color(7)
except ValueError as e: print(e)
try: P(-1)
except ValueError as e: print(e)
print(isinstance(P.R, int), P.R == 4, {P.R: 1}[4], sorted([P.W, P.R]), enum.EnumType is enum.EnumMeta)
print(repr(P(-5)), repr(P(-8)), repr(F(-1)))
