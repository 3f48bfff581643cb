# An uncaught TypeError from calling a method with the wrong number of arguments.
class Greeter:
    def greet(self, name):
        return "hi " + name
g = Greeter()
print(g.greet("a"))
g.greet("a", "b")
