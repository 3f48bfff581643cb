// SPDX-License-Identifier: MIT
//! The regular-expression parser: pattern text to a [`Node`] tree, with CPython's `sre_parse`
//! error messages and positions. Flags are applied here (a literal records whether it ignores
//! case, `.` whether it matches a newline), so the compiler never tracks flag scopes.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// `re.IGNORECASE`.
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE` (accepted for bytes patterns only; matching ignores it).
pub const LOCALE: u32 = 4;
/// `re.MULTILINE`.
pub const MULTILINE: u32 = 8;
/// `re.DOTALL`.
pub const DOTALL: u32 = 16;
/// `re.UNICODE` (implied for str patterns).
pub const UNICODE: u32 = 32;
/// `re.VERBOSE`.
pub const VERBOSE: u32 = 64;
/// `re.ASCII`.
pub const ASCII: u32 = 256;

/// How deeply groups may nest: the parser, the compiler and the width computation recurse
/// once per level, so the Rust stack bounds it (CPython's own limit is its recursion limit).
#[cfg(feature = "std")]
const MAX_NESTING: usize = 200;
#[cfg(not(feature = "std"))]
const MAX_NESTING: usize = 40;

/// A character class test (`\d`, `\w`, `\s` and their negations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `\d`
    Digit,
    /// `\D`
    NotDigit,
    /// `\w`
    Word,
    /// `\W`
    NotWord,
    /// `\s`
    Space,
    /// `\S`
    NotSpace,
}

/// One item of a `[...]` set.
#[derive(Clone, Debug)]
pub enum SetItem {
    /// An inclusive range of code points (a single char is `lo == hi`).
    Range(u32, u32),
    /// A category.
    Cat(Category),
}

/// A zero-width assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `^` without MULTILINE, or `\A`.
    StartText,
    /// `^` with MULTILINE.
    StartLine,
    /// `\Z`.
    EndText,
    /// `$` without MULTILINE: the end, or before a final newline.
    EndTextOrNewline,
    /// `$` with MULTILINE.
    EndLine,
    /// `\b`.
    WordBoundary,
    /// `\B`.
    NotWordBoundary,
}

/// The parsed pattern.
#[derive(Clone, Debug)]
pub enum Node {
    /// Matches the empty string.
    Empty,
    /// A literal character; `true` when it ignores case.
    Char(u32, bool),
    /// `.`; `true` when it matches a newline too (DOTALL).
    Any(bool),
    /// A set: items, negated, ignores case.
    Set(Vec<SetItem>, bool, bool),
    /// A zero-width assertion.
    Anchor(Anchor),
    /// A group: capturing index (None for `(?:...)`) and body.
    Group(Option<usize>, Box<Node>),
    /// A sequence.
    Concat(Vec<Node>),
    /// Alternatives, tried in order.
    Alt(Vec<Node>),
    /// `body{min,max}` (max `None` = unbounded), greedy or lazy.
    Repeat(Box<Node>, u32, Option<u32>, bool),
    /// `\N` or `(?P=name)`; `true` when it ignores case.
    Backref(usize, bool),
    /// A lookaround: ahead (else behind), negated, body.
    Look(bool, bool, Box<Node>),
    /// `(?>...)` or a possessive repeat: the body's first match, never retried.
    Atomic(Box<Node>),
}

/// A parse error: CPython's message and the position it reports (None for the look-behind
/// width error, which CPython raises without one).
pub struct ParseError {
    /// The message.
    pub msg: String,
    /// The index in the pattern.
    pub pos: Option<usize>,
    /// Nesting too deep: CPython overflows its recursion limit there.
    pub recursion: bool,
}

/// The result of parsing.
pub struct Parsed {
    /// The tree.
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups, in definition order.
    pub names: Vec<(String, usize)>,
    /// The flags after inline `(?x)` flags.
    pub flags: u32,
}

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    flags: u32,
    bytes: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups opened but not yet closed (a backreference to one is an error).
    open: Vec<usize>,
    depth: usize,
}

type PResult<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseError {
        msg: msg.into(),
        pos: Some(pos),
        recursion: false,
    })
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn text(p: &[u32]) -> String {
    p.iter().map(|&c| ch(c)).collect()
}

/// Parses `pattern` (code points; bytes for a bytes pattern) under `flags`.
pub fn parse(pattern: &[u32], flags: u32, bytes: bool) -> PResult<Parsed> {
    let mut ps = Parser {
        p: pattern,
        i: 0,
        flags,
        bytes,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        depth: 0,
    };
    let node = match ps.global_flags().and_then(|_| ps.alternation()) {
        Ok(node) => node,
        Err(e) => {
            // CPython's tokenizer reads one token ahead, so a lone `\` at the end is reported
            // before any error found just ahead of it.
            let trailing = pattern
                .iter()
                .rev()
                .take_while(|&&c| c == '\\' as u32)
                .count();
            if trailing % 2 == 1 && ps.i + 1 >= pattern.len() && !e.recursion {
                return err("bad escape (end of pattern)", pattern.len() - 1);
            }
            return Err(e);
        }
    };
    if ps.i < ps.p.len() {
        // Only a `)` stops the top-level alternation early.
        return err("unbalanced parenthesis", ps.i);
    }
    let mut flags = ps.flags;
    if !bytes && flags & ASCII == 0 {
        flags |= UNICODE;
    }
    Ok(Parsed {
        node,
        groups: ps.groups,
        names: ps.names,
        flags,
    })
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }

    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek_is(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn verbose(&self) -> bool {
        self.flags & VERBOSE != 0
    }

    fn icase(&self) -> bool {
        self.flags & IGNORECASE != 0
    }

    /// Leading `(?aiLmsux)` groups set the global flags (elsewhere they are an error in 3.11).
    fn global_flags(&mut self) -> PResult<()> {
        loop {
            let start = self.i;
            self.skip_verbose();
            if !(self.peek_is('(') && self.p.get(self.i + 1) == Some(&('?' as u32))) {
                self.i = start;
                return Ok(());
            }
            let save = self.i;
            self.i += 2;
            let mut add = 0;
            while let Some(f) = self.peek().and_then(flag_bit) {
                add |= f;
                self.i += 1;
            }
            if add == 0 || !self.eat(')') {
                self.i = save;
                return Ok(());
            }
            self.check_flags(add, save + 2)?;
            self.flags |= add;
        }
    }

    fn check_flags(&self, add: u32, pos: usize) -> PResult<()> {
        if self.bytes && add & UNICODE != 0 {
            return err(
                "bad inline flags: cannot use 'u' flag with a bytes pattern",
                pos,
            );
        }
        if !self.bytes && add & LOCALE != 0 {
            return err(
                "bad inline flags: cannot use 'L' flag with a str pattern",
                pos,
            );
        }
        if (add | self.flags) & ASCII != 0 && (add | self.flags) & UNICODE != 0 && !self.bytes {
            return err(
                "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                pos,
            );
        }
        Ok(())
    }

    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if is_space(c) {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    /// alternation: sequence ('|' sequence)*
    fn alternation(&mut self) -> PResult<Node> {
        let mut alts = Vec::new();
        loop {
            alts.push(self.sequence()?);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    /// sequence: (atom quantifier?)*, up to `|`, `)` or the end.
    fn sequence(&mut self) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let start = self.i;
            if self.quantifier()?.is_some() {
                return err("nothing to repeat", start);
            }
            let atom = self.atom()?;
            let atom = self.quantified(atom)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// Applies any quantifiers after `atom`.
    fn quantified(&mut self, atom: Node) -> PResult<Node> {
        self.skip_verbose();
        let start = self.i;
        let Some((min, max)) = self.quantifier()? else {
            return Ok(atom);
        };
        if matches!(atom, Node::Anchor(_) | Node::Empty) || is_empty_group(&atom) {
            return err("nothing to repeat", start);
        }
        let greedy = !self.eat('?');
        let possessive = greedy && self.eat('+');
        self.skip_verbose();
        let again = self.i;
        if self.quantifier()?.is_some() {
            return err("multiple repeat", again);
        }
        let rep = Node::Repeat(Box::new(atom), min, max, greedy);
        Ok(if possessive {
            Node::Atomic(Box::new(rep))
        } else {
            rep
        })
    }

    /// quantifier: '*' | '+' | '?' | '{' m? (',' n?)? '}'; a `{` that does not start one is
    /// a literal. Leaves the position after it.
    fn quantifier(&mut self) -> PResult<Option<(u32, Option<u32>)>> {
        let Some(c) = self.peek().map(ch) else {
            return Ok(None);
        };
        let q = match c {
            '*' => (0, None),
            '+' => (1, None),
            '?' => (0, Some(1)),
            '{' => {
                let start = self.i;
                self.i += 1;
                let lo = self.digits();
                let hi = if self.eat(',') {
                    self.digits()
                } else {
                    lo.clone()
                };
                if self.p.get(start + 1) == Some(&('}' as u32)) || !self.eat('}') {
                    self.i = start;
                    return Ok(None);
                }
                let number = |s: Option<String>| -> PResult<Option<u32>> {
                    match s {
                        None => Ok(None),
                        Some(s) => match s.parse::<u32>() {
                            Ok(n) if n < u32::MAX / 2 => Ok(Some(n)),
                            _ => err("the repetition number is too large", start + 1),
                        },
                    }
                };
                let lo = number(lo)?.unwrap_or(0);
                let hi = number(hi)?;
                if hi.is_some_and(|h| lo > h) {
                    return err("min repeat greater than max repeat", start + 1);
                }
                return Ok(Some((lo, hi)));
            }
            _ => return Ok(None),
        };
        self.i += 1;
        Ok(Some(q))
    }

    fn digits(&mut self) -> Option<String> {
        let mut s = String::new();
        while let Some(c) = self
            .peek()
            .filter(|c| (b'0' as u32..=b'9' as u32).contains(c))
        {
            s.push(ch(c));
            self.i += 1;
        }
        if s.is_empty() {
            None
        } else {
            Some(s)
        }
    }

    /// atom: '(' ... ')' | '[' set ']' | '.' | '^' | '$' | escape | literal
    fn atom(&mut self) -> PResult<Node> {
        let start = self.i;
        let c = self.peek().unwrap_or(0);
        self.i += 1;
        Ok(match ch(c) {
            '(' => return self.group(start),
            '[' => return self.set(start),
            '.' => Node::Any(self.flags & DOTALL != 0),
            '^' => Node::Anchor(if self.flags & MULTILINE != 0 {
                Anchor::StartLine
            } else {
                Anchor::StartText
            }),
            '$' => Node::Anchor(if self.flags & MULTILINE != 0 {
                Anchor::EndLine
            } else {
                Anchor::EndTextOrNewline
            }),
            '\\' => return self.escape(start),
            _ => Node::Char(c, self.icase()),
        })
    }

    /// A group, after its `(` at `start`.
    fn group(&mut self, start: usize) -> PResult<Node> {
        if self.depth >= MAX_NESTING {
            return Err(ParseError {
                msg: String::from("maximum recursion depth exceeded"),
                pos: None,
                recursion: true,
            });
        }
        let mut capture = true;
        let mut name: Option<String> = None;
        let mut look: Option<(bool, bool)> = None;
        let mut atomic = false;
        let saved_flags = self.flags;
        if self.eat('?') {
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            self.i += 1;
            match ch(c) {
                ':' => capture = false,
                '>' => {
                    capture = false;
                    atomic = true;
                }
                'P' => {
                    let Some(c) = self.peek() else {
                        return err("unexpected end of pattern", self.i);
                    };
                    self.i += 1;
                    if c == '<' as u32 {
                        name = Some(self.group_name('>', "missing >, unterminated name")?);
                    } else if c == '=' as u32 {
                        let at = self.i;
                        let n = self.group_name(')', "missing ), unterminated name")?;
                        let Some(&(_, g)) = self.names.iter().find(|(k, _)| *k == n) else {
                            return err(format!("unknown group name '{n}'"), at);
                        };
                        if self.open.contains(&g) {
                            return err("cannot refer to an open group", at);
                        }
                        return Ok(Node::Backref(g, self.icase()));
                    } else {
                        return err(format!("unknown extension ?P{}", ch(c)), self.i - 2);
                    }
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == ')' as u32 {
                            return Ok(Node::Empty);
                        }
                    }
                    return err("missing ), unterminated comment", start);
                }
                '=' => look = Some((true, false)),
                '!' => look = Some((true, true)),
                '<' => match self.peek().map(ch) {
                    Some('=') => {
                        self.i += 1;
                        look = Some((false, false));
                    }
                    Some('!') => {
                        self.i += 1;
                        look = Some((false, true));
                    }
                    Some(c) => return err(format!("unknown extension ?<{c}"), start + 1),
                    None => return err("unexpected end of pattern", self.i),
                },
                c if flag_bit(c as u32).is_some() || c == '-' => {
                    self.i -= 1;
                    return self.scoped_flags(start);
                }
                c => return err(format!("unknown extension ?{c}"), start + 1),
            }
        }
        let index = if capture && look.is_none() {
            self.groups += 1;
            let g = self.groups;
            if let Some(n) = name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| *k == n) {
                    return err(
                        format!("redefinition of group name '{n}' as group {g}; was group {old}"),
                        start + 4,
                    );
                }
                self.names.push((n, g));
            }
            self.open.push(g);
            Some(g)
        } else {
            None
        };
        self.depth += 1;
        let body = self.alternation()?;
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.flags = saved_flags;
        if let Some(g) = index {
            self.open.retain(|&o| o != g);
        }
        if let Some((ahead, negate)) = look {
            if !ahead && width(&body).is_none() {
                return Err(ParseError {
                    msg: String::from("look-behind requires fixed-width pattern"),
                    pos: None,
                    recursion: false,
                });
            }
            return Ok(Node::Look(ahead, negate, Box::new(body)));
        }
        if atomic {
            return Ok(Node::Atomic(Box::new(body)));
        }
        Ok(Node::Group(index, Box::new(body)))
    }

    /// `(?flags-flags:...)` or a misplaced `(?flags)`; at the first flag letter.
    fn scoped_flags(&mut self, start: usize) -> PResult<Node> {
        let mut add = 0;
        let mut remove = 0;
        while let Some(f) = self.peek().and_then(flag_bit) {
            add |= f;
            self.i += 1;
        }
        if self.eat(')') {
            return err("global flags not at the start of the expression", start);
        }
        if self.eat('-') {
            while let Some(f) = self.peek().and_then(flag_bit) {
                remove |= f;
                self.i += 1;
            }
            if remove == 0 {
                return err("missing flag", self.i);
            }
            if add & remove != 0 {
                return err("bad inline flags: flag turned on and off", self.i);
            }
        }
        if !self.eat(':') {
            return match self.peek() {
                None => err("missing -, : or )", self.i),
                Some(c) if ch(c).is_ascii_alphabetic() => err("unknown flag", self.i),
                Some(_) => err("missing -, : or )", self.i),
            };
        }
        self.check_flags(add, start + 2)?;
        let saved = self.flags;
        self.flags = (self.flags | add) & !remove;
        self.depth += 1;
        let body = self.alternation()?;
        self.depth -= 1;
        self.flags = saved;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Group(None, Box::new(body)))
    }

    fn group_name(&mut self, end: char, missing: &str) -> PResult<String> {
        let at = self.i;
        let mut s = String::new();
        loop {
            match self.peek() {
                None => return err(missing, at),
                Some(c) if c == end as u32 => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    s.push(ch(c));
                    self.i += 1;
                }
            }
        }
        if s.is_empty() {
            return err("missing group name", at);
        }
        if !is_identifier(&s) {
            return err(format!("bad character in group name '{s}'"), at);
        }
        Ok(s)
    }

    /// A set, after its `[` at `start`.
    fn set(&mut self, start: usize) -> PResult<Node> {
        let negate = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' as u32 && !first {
                self.i += 1;
                break;
            }
            first = false;
            let at = self.i;
            let lo = self.set_char()?;
            let range_follows =
                self.peek_is('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']' as u32);
            let lo = match lo {
                SetItem::Cat(_) if range_follows => {
                    self.i += 1;
                    self.set_char()?;
                    let t = text(&self.p[at..self.i]);
                    return err(format!("bad character range {t}"), at);
                }
                SetItem::Cat(_) => {
                    items.push(lo);
                    continue;
                }
                SetItem::Range(lo, _) => lo,
            };
            if self.peek_is('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']' as u32) {
                self.i += 1;
                let hi_at = self.i;
                let hi = match self.set_char()? {
                    SetItem::Range(hi, _) => hi,
                    SetItem::Cat(_) => {
                        let t = text(&self.p[at..self.i]);
                        return err(format!("bad character range {t}"), at);
                    }
                };
                if hi < lo {
                    let t = text(&self.p[at..self.i]);
                    let _ = hi_at;
                    return err(format!("bad character range {t}"), at);
                }
                items.push(SetItem::Range(lo, hi));
            } else {
                items.push(SetItem::Range(lo, lo));
            }
        }
        Ok(Node::Set(items, negate, self.icase()))
    }

    /// One member of a set: a char (as a one-char range) or a category escape.
    fn set_char(&mut self) -> PResult<SetItem> {
        let at = self.i;
        let c = self.peek().unwrap_or(0);
        self.i += 1;
        if c != '\\' as u32 {
            return Ok(SetItem::Range(c, c));
        }
        let Some(e) = self.peek() else {
            return err("bad escape (end of pattern)", at);
        };
        self.i += 1;
        let cat = match ch(e) {
            'd' => Some(Category::Digit),
            'D' => Some(Category::NotDigit),
            'w' => Some(Category::Word),
            'W' => Some(Category::NotWord),
            's' => Some(Category::Space),
            'S' => Some(Category::NotSpace),
            _ => None,
        };
        if let Some(cat) = cat {
            return Ok(SetItem::Cat(cat));
        }
        if e == 'b' as u32 {
            return Ok(SetItem::Range(8, 8));
        }
        if let Some(v) = self.char_escape(e, at, true)? {
            return Ok(SetItem::Range(v, v));
        }
        err(format!("bad escape \\{}", ch(e)), at)
    }

    /// Escapes that stand for one character (shared by sets and the pattern body); `e` was
    /// just consumed. None for other letters.
    fn char_escape(&mut self, e: u32, at: usize, in_set: bool) -> PResult<Option<u32>> {
        let simple = match ch(e) {
            'n' => Some(10),
            't' => Some(9),
            'r' => Some(13),
            'f' => Some(12),
            'v' => Some(11),
            'a' => Some(7),
            _ => None,
        };
        if simple.is_some() {
            return Ok(simple);
        }
        match ch(e) {
            'x' => self.hex_escape(2, at, 'x').map(Some),
            'u' | 'U' if !self.bytes => {
                let n = if e == 'u' as u32 { 4 } else { 8 };
                let v = self.hex_escape(n, at, ch(e))?;
                if v > 0x10FFFF {
                    let t = text(&self.p[at..self.i]);
                    return err(format!("bad escape {t}"), at);
                }
                Ok(Some(v))
            }
            'N' if !self.bytes => {
                if self.peek_is('{') {
                    // Named characters need Unicode's name table, which a device cannot hold.
                    err("bad escape \\N", at)
                } else {
                    err("missing {", self.i)
                }
            }
            '0' => Ok(Some(self.octal(0, 2))),
            '1'..='7' if in_set => {
                let v = self.octal(e - '0' as u32, 2);
                self.check_octal(v, at)
            }
            '1'..='9' if in_set => {
                let t = text(&self.p[at..self.i]);
                err(format!("bad escape {t}"), at)
            }
            c if c.is_ascii_alphanumeric() => Ok(None),
            _ => Ok(Some(e)),
        }
    }

    fn check_octal(&self, v: u32, at: usize) -> PResult<Option<u32>> {
        if v > 0o377 {
            let t = text(&self.p[at..self.i]);
            return err(
                format!("octal escape value {t} outside of range 0-0o377"),
                at,
            );
        }
        Ok(Some(v))
    }

    /// Up to `more` further octal digits after a first digit worth `v`.
    fn octal(&mut self, mut v: u32, more: usize) -> u32 {
        for _ in 0..more {
            match self
                .peek()
                .filter(|c| (b'0' as u32..=b'7' as u32).contains(c))
            {
                Some(d) => {
                    v = v * 8 + (d - '0' as u32);
                    self.i += 1;
                }
                None => break,
            }
        }
        v
    }

    fn hex_escape(&mut self, n: usize, at: usize, _letter: char) -> PResult<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            let d = self.peek().and_then(|c| ch(c).to_digit(16));
            let Some(d) = d else {
                let t = text(&self.p[at..self.i]);
                return err(format!("incomplete escape {t}"), at);
            };
            v = v.wrapping_mul(16).wrapping_add(d);
            self.i += 1;
        }
        Ok(v)
    }

    /// An escape outside a set, after the `\` at `start`.
    fn escape(&mut self, start: usize) -> PResult<Node> {
        let Some(e) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        let icase = self.icase();
        let cat = |c: Category| Node::Set(alloc::vec![SetItem::Cat(c)], false, false);
        Ok(match ch(e) {
            'd' => cat(Category::Digit),
            'D' => cat(Category::NotDigit),
            'w' => cat(Category::Word),
            'W' => cat(Category::NotWord),
            's' => cat(Category::Space),
            'S' => cat(Category::NotSpace),
            'A' => Node::Anchor(Anchor::StartText),
            'Z' => Node::Anchor(Anchor::EndText),
            'b' => Node::Anchor(Anchor::WordBoundary),
            'B' => Node::Anchor(Anchor::NotWordBoundary),
            '1'..='9' => {
                // Three octal digits make an octal escape; otherwise up to two decimal digits
                // are a group reference.
                let d2 = self
                    .peek()
                    .filter(|c| (b'0' as u32..=b'9' as u32).contains(c));
                let d3 = self.p.get(self.i + 1).copied();
                let octal = |c: u32| (b'0' as u32..=b'7' as u32).contains(&c);
                if let (Some(b), Some(c)) = (d2, d3) {
                    if octal(e) && octal(b) && octal(c) {
                        self.i += 2;
                        let v = (e - 48) * 64 + (b - 48) * 8 + (c - 48);
                        let v = self.check_octal(v, start)?.unwrap_or(0);
                        return Ok(Node::Char(v, icase));
                    }
                }
                let mut g = e - '0' as u32;
                if let Some(b) = d2 {
                    g = g * 10 + (b - '0' as u32);
                    self.i += 1;
                }
                let g = g as usize;
                if g > self.groups {
                    return err(format!("invalid group reference {g}"), start + 1);
                }
                if self.open.contains(&g) {
                    return err("cannot refer to an open group", start);
                }
                Node::Backref(g, icase)
            }
            _ => match self.char_escape(e, start, false)? {
                Some(v) => Node::Char(v, icase),
                None => return err(format!("bad escape \\{}", ch(e)), start),
            },
        })
    }
}

fn is_empty_group(n: &Node) -> bool {
    matches!(n, Node::Group(None, b) if matches!(**b, Node::Empty))
}

/// The value of an inline flag letter.
fn flag_bit(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        'a' => ASCII,
        _ => return None,
    })
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Python's `str.isspace` for the characters a pattern can hold.
pub fn is_space(c: u32) -> bool {
    matches!(c, 9..=13 | 28..=32) || (c > 127 && ch(c).is_whitespace())
}

/// The fixed number of characters `n` matches, if it has one (look-behind needs it).
pub fn width(n: &Node) -> Option<usize> {
    match n {
        Node::Empty | Node::Anchor(_) | Node::Look(..) => Some(0),
        Node::Char(..) | Node::Any(_) | Node::Set(..) => Some(1),
        Node::Group(_, b) | Node::Atomic(b) => width(b),
        Node::Concat(items) => items.iter().map(width).sum(),
        Node::Alt(alts) => {
            let w = width(alts.first()?)?;
            alts.iter().all(|a| width(a) == Some(w)).then_some(w)
        }
        Node::Repeat(b, min, max, _) => {
            let w = width(b)?;
            (*max == Some(*min) || w == 0).then_some(w * *min as usize)
        }
        Node::Backref(..) => None,
    }
}
