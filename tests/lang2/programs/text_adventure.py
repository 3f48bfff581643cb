# A text-adventure command loop: command parsing with match, rooms as classes, inventory, errors.
class GameError(Exception):
    pass
class Room:
    def __init__(self, name, items=(), exits=None, locked=False):
        self.name, self.items, self.exits, self.locked = name, list(items), exits or {}, locked
    def __str__(self):
        return f"{self.name} (items: {', '.join(self.items) or 'none'}; exits: {', '.join(sorted(self.exits))})"
class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", ["lamp"], {"north": "library", "east": "vault"}),
            "library": Room("library", ["key", "book"], {"south": "hall"}),
            "vault": Room("vault", ["gold"], {"west": "hall"}, locked=True),
        }
        self.here = self.rooms["hall"]
        self.inventory = []
    def do(self, line):
        match line.split():
            case ["look"]:
                return str(self.here)
            case ["go", direction]:
                target = self.here.exits.get(direction)
                if target is None:
                    raise GameError(f"no exit {direction}")
                room = self.rooms[target]
                if room.locked:
                    if "key" not in self.inventory:
                        raise GameError(f"the {room.name} is locked")
                    room.locked = False
                self.here = room
                return f"you enter the {room.name}"
            case ["take", *words] if words:
                item = " ".join(words)
                if item not in self.here.items:
                    raise GameError(f"no {item} here")
                self.here.items.remove(item)
                self.inventory.append(item)
                return f"taken {item}"
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                self.here.items.append(item)
                return f"dropped {item}"
            case ["inventory" | "inv" | "i"]:
                return "carrying: " + (", ".join(self.inventory) or "nothing")
            case []:
                return "say something"
            case [verb, *_]:
                raise GameError(f"I don't know how to {verb}")
g = Game()
for cmd in ["look", "take lamp", "go east", "go north", "take key", "take sword", "go south",
            "go east", "look", "take gold", "drop lamp", "drop sword", "i", "", "dance wildly", "go up"]:
    try:
        print(f"> {cmd}: {g.do(cmd)}")
    except GameError as e:
        print(f"> {cmd}: !! {e}")
