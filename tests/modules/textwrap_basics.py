# textwrap: wrap/fill with hyphens, em-dashes, long words, indents, max_lines, sentence
# endings; shorten, dedent, indent; and a few dozen generated cases.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known, state-of-the-art "
        "hyphen-heavy sentence -- with em-dashes -- and averyveryverylongwordthatneedsbreaking here. "
        "Short. Mr. Smith went to Washington!  Then\tsome\ttabs and\nnewlines.")
for w in [10, 15, 20, 33, 50, 79]:
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', 11))
print(textwrap.wrap(text, 20, max_lines=3, placeholder=' ...'))
print(repr(textwrap.dedent('''
    def f():
        return 1
  
    x = 2
''')), repr(textwrap.dedent('\tA\n\tB\n')), repr(textwrap.dedent(' a\n\tb\n')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n\n', '+', lambda l: True)))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('a b', 1), textwrap.fill('x' * 25, 10))
try: textwrap.wrap('a', 0)
except ValueError as e: print(e)
class R:
    def __init__(self, s): self.s = s
    def randint(self, a, b):
        self.s = (self.s * 1103515245 + 12345) % 2**31
        return a + self.s % (b - a + 1)
    def choice(self, seq): return seq[self.randint(0, len(seq) - 1)]
r = R(5)
words = ['a', 'bb', 'ccc', 'dd-ee', 'f--g', 'hhhhhhhhhhhhhhhh', 'i.', 'J!', ' ', '  ', 'k,l', 'mm-nn-oo']
for i in range(60):
    t = ' '.join(r.choice(words) for _ in range(r.randint(0, 15)))
    w = r.randint(1, 20)
    print(textwrap.wrap(t, w), textwrap.wrap(t, w, break_on_hyphens=False, drop_whitespace=False))
