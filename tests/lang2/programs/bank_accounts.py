# A bank with an exception hierarchy, transfers that roll back, and an audit log via context manager.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.needed = needed
class AccountFrozen(BankError):
    pass
class UnknownAccount(BankError, KeyError):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
    @property
    def balance(self):
        return self._balance
    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self._balance:
            raise InsufficientFunds(self, amount - self._balance)
        self._balance -= amount
    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        self._balance += amount
    def __repr__(self):
        return f"<{self.owner}: {self._balance}>"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, owner, balance=0):
        self.accounts[owner] = Account(owner, balance)
    def __getitem__(self, owner):
        try:
            return self.accounts[owner]
        except KeyError:
            raise UnknownAccount(owner) from None
    def transfer(self, src, dst, amount):
        a, b = self[src], self[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
        self.log.append((src, dst, amount))
bank = Bank()
bank.open("ann", 100)
bank.open("bob", 20)
bank.open("cy")
bank["cy"].frozen = True
for args in (("ann", "bob", 30), ("bob", "ann", 100), ("ann", "cy", 10), ("ann", "zed", 1), ("ann", "bob", -5), ("bob", "ann", 50)):
    try:
        bank.transfer(*args)
        print("ok", args)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed)
    except KeyError as e:
        print("unknown:", type(e).__name__, e, isinstance(e, BankError))
    except BankError as e:
        print("bank error:", type(e).__name__, e)
    except ValueError as e:
        print("bad input:", e)
print(sorted(bank.accounts.values(), key=lambda a: a.owner), bank.log)
try:
    bank["ann"].balance = 5
except AttributeError as e:
    print(type(e).__name__)
