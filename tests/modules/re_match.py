# re: match/search/fullmatch and the Match object
import re

m = re.match(r'(?P<key>\w+)=(?P<val>\d+)?', 'speed=42;')
print(m, bool(m), m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 0))
print(m[0], m[1], m['key'], m.groups(), m.groupdict(), m.span(), m.span(2), m.start('val'), m.end(1))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.string, m.re)
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.start(2), m.end(2), m.span(2), m.lastindex, m.lastgroup)
print(re.match('(?P<x>a)(?P<y>b)?', 'a').groupdict('?'))
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch('a|ab', 'ab'), re.fullmatch('a', 'ab'))
p = re.compile(r'\d+')
print(p.match('ab12', 2), p.search('12ab34', 1), p.search('12ab34', 2, 5), p.match('123', 0, 2), p.fullmatch('12x', 0, 2))
print(p.search('1', 5), p.search('abc', -3), p.pattern, p.flags, p.groups, p.groupindex)
print(re.match(r'((a)|b)+', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match('a', 'a').lastindex)
print(re.search(r'(\w+)@(\w+)\.com', 'mail bob@example.com now').expand(r'\2: \1 (\g<0>) \g<1>\n'))
print(re.match(b'(\\d+)', b'123abc').group(1), re.search(rb'[a-z]+', b'12xy').span())
m = re.search('é+', 'caféé!')
print(m, m.span())
for g in [3, 'x', -1]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
