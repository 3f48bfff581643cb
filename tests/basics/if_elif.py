# if/elif/else chains and nested conditionals.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
for a in (0, 1):
    for b in (0, 1):
        if a:
            if b:
                print(a, b, "both")
            else:
                print(a, b, "a only")
        elif b:
            print(a, b, "b only")
        else:
            print(a, b, "neither")
