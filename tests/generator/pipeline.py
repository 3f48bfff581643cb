# Generator pipelines.
def numbers():
    for i in range(1, 30):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def take(n, src):
    for x in src:
        if n <= 0:
            return
        n -= 1
        yield x
print(list(take(5, squared(evens(numbers())))))
def words(lines):
    for line in lines:
        for w in line.split():
            yield w.lower()
text = ["The cat", "the Dog and THE bird", ""]
print(list(words(text)), sum(1 for w in words(text) if w == "the"))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
