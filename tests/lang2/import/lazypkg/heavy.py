print("lazypkg.heavy imported")
WEIGHT = 100
