# str() of a list subclass with __repr__ calls it once.
class L(list):
    def __repr__(self):
        print("repr called")
        return "L!"
print(str(L()))
