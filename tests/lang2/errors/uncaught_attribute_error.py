# An uncaught AttributeError on a user object names the class and attribute.
class Robot:
    def __init__(self, name):
        self.name = name
r = Robot("r2")
print(r.name)
r.speak()
