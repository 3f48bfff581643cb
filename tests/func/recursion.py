# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(fact(20), fact(30), [fib(i) for i in range(15)])
print(hanoi(3, "A", "B", "C", []), len(hanoi(10, 1, 2, 3, [])))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
print(is_even(10), is_odd(7), is_even(99))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
