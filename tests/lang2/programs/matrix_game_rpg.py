# A tiny RPG battle: character classes with inheritance and super(), abilities as bound methods, status effects as context managers.
class Dead(Exception):
    pass
class Character:
    def __init__(self, name, hp, attack):
        self.name, self.hp, self.max_hp, self.attack = name, hp, hp, attack
        self.effects = []
    def __repr__(self):
        return f"{self.name}({self.hp}/{self.max_hp})"
    @property
    def alive(self):
        return self.hp > 0
    def damage(self, amount):
        if not self.alive:
            raise Dead(f"{self.name} is already down")
        for e in self.effects:
            amount = e.modify(amount)
        self.hp = max(0, self.hp - amount)
        return amount
    def act(self, target):
        return f"{self.name} hits {target.name} for {target.damage(self.attack)}"
class Warrior(Character):
    def __init__(self, name):
        super().__init__(name, 30, 6)
    def act(self, target):
        line = super().act(target)
        self.attack += 1
        return line + " (rage +1)"
class Mage(Character):
    def __init__(self, name):
        super().__init__(name, 18, 9)
        self.mana = 2
    def act(self, target):
        if self.mana:
            self.mana -= 1
            return f"{self.name} casts fireball: {target.damage(self.attack * 2)}"
        return super().act(target)
class Shield:
    def __init__(self, who, factor):
        self.who, self.factor = who, factor
    def modify(self, amount):
        return amount // self.factor
    def __enter__(self):
        self.who.effects.append(self)
        return self
    def __exit__(self, *exc):
        self.who.effects.remove(self)
        return False
def battle(a, b):
    turn = 0
    attacker, defender = a, b
    while a.alive and b.alive:
        turn += 1
        if turn == 3:
            with Shield(defender, 2):
                yield f"t{turn}: {attacker.act(defender)} [shielded]"
        else:
            yield f"t{turn}: {attacker.act(defender)}"
        attacker, defender = defender, attacker
    yield f"winner: {a if a.alive else b}"
w, m = Warrior("Brak"), Mage("Ilsa")
for line in battle(w, m):
    print(line)
try:
    m.damage(1) if not m.alive else w.damage(1000) and w.damage(1)
except Dead as e:
    print(type(e).__name__, e)
print(w, m, [type(c).__mro__[1].__name__ for c in (w, m)])
