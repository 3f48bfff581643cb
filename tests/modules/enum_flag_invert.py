# ~ on flags: IntFlag (boundary KEEP) inverts within all bits up to its highest flag, Flag
# (STRICT) within the flags it defines.
import enum


class P(enum.IntFlag):
    R = 4
    W = 2
    X = 2


class Q(enum.Flag):
    R = 4
    W = 2


class P2(enum.IntFlag):
    A = 1
    C = 4


print(repr(~P.R), repr(~P.W), repr(~P(0)), repr(~(P.R | P.W)))
print(repr(~Q.R), repr(~Q(0)), repr(~(Q.R | Q.W)))
print(repr(~P2.A), repr(~P2(0)), repr(~P2.C), int(~P2.A))
