# property, staticmethod and classmethod objects used directly: attributes, chaining, wrapping other descriptors.
class Account:
    def __init__(self):
        self._balance = 0
    def _get(self):
        return self._balance
    def _set(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    balance = property(_get)
    balance = balance.setter(_set)
    @staticmethod
    def fee(amount):
        return round(amount * 0.01, 2)
    @classmethod
    def with_balance(cls, v):
        a = cls()
        a.balance = v
        return a
a = Account.with_balance(50)
print(a.balance, Account.fee(250), a.fee(100), type(Account.__dict__["balance"]).__name__)
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
p = Account.__dict__["balance"]
print(p.fget is Account._get, p.fset is Account._set, p.fdel, callable(p.__get__))
print(p.__get__(a, Account), p.__get__(None, Account) is p)
p.__set__(a, 75)
print(a.balance)
sm = Account.__dict__["fee"]
cm = Account.__dict__["with_balance"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(10), cm.__func__(Account, 3).balance)
print(cm.__get__(None, Account)(7).balance, sm.__get__(None, Account)(1000))
class Sub(Account):
    pass
print(type(Sub.with_balance(1)).__name__, Sub.fee(300))
print(isinstance(property(), property), property().fget, staticmethod(len)("abc"))
try:
    property(lambda s: 1).__set__(a, 1)
except AttributeError as e:
    print(type(e).__name__, e)
