# A bank-account simulation with dicts and error handling.
accounts = {}
log = []
def open_account(name, initial=0):
    if name in accounts:
        raise ValueError("duplicate account " + name)
    accounts[name] = {"balance": initial, "history": []}
    log.append(("open", name, initial))
def deposit(name, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    accounts[name]["balance"] += amount
    accounts[name]["history"].append(amount)
def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct["balance"]:
        raise ValueError("insufficient funds in " + name)
    acct["balance"] -= amount
    acct["history"].append(-amount)
def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise
ops = [("open", "alice", 100), ("open", "bob", 50), ("open", "alice", 1), ("dep", "bob", 25),
       ("wd", "alice", 30), ("wd", "bob", 500), ("xfer", "alice", "bob", 20), ("xfer", "bob", "carol", 5),
       ("dep", "alice", -5), ("xfer", "bob", "alice", 95)]
for op in ops:
    try:
        if op[0] == "open":
            open_account(op[1], op[2])
        elif op[0] == "dep":
            deposit(op[1], op[2])
        elif op[0] == "wd":
            withdraw(op[1], op[2])
        else:
            transfer(op[1], op[2], op[3])
        print("ok   ", op)
    except (ValueError, KeyError) as e:
        print("fail ", op, type(e).__name__, e)
for name in sorted(accounts):
    a = accounts[name]
    print(name, a["balance"], a["history"], sum(a["history"]))
print("total money:", sum(a["balance"] for a in accounts.values()), log)
