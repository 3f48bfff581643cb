# __repr__, __str__, __eq__, __hash__, __lt__ and sorting.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return "Card(" + repr(self.rank) + ", " + repr(self.suit) + ")"
    def __str__(self):
        return str(self.rank) + self.suit
    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
cards = [Card(10, "h"), Card(2, "s"), Card(10, "d"), Card(2, "s")]
print(cards, [str(c) for c in cards])
print(sorted(cards), cards[1] == cards[3], cards[0] == cards[2], cards[0] != 5)
print(len(set(cards)), Card(2, "s") in cards, max(cards))
print(f"{cards[0]} {cards[0]!r}")
