print("pkg.sub.deep loaded")
NAME = __name__
