// SPDX-License-Identifier: MIT
//! The parser reads tokens as it goes: the ones it has passed are dropped, except while it may
//! still go back to a mark (a `match` subject, parenthesised `with` items).

use super::super::lexer::Lexer;
use super::{Parser, DROP_BATCH, LOOKAHEAD};
use alloc::format;
use alloc::string::String;

fn peak_window(src: &str) -> usize {
    let mut p = Parser::new(Lexer::new(src, 1), 0);
    assert!(p.file().is_ok());
    assert!(p.lex_error.is_none());
    p.peak_window
}

#[test]
fn passed_tokens_are_dropped() {
    let src: String = (0..2000)
        .map(|i| format!("v{i} = [{i}, 'x', f(a=1)]\n"))
        .collect();
    // Without dropping, the queue would hold every token of the file (over 30,000).
    let peak = peak_window(&src);
    assert!(peak <= DROP_BATCH + LOOKAHEAD + 16, "peak {peak}");
}

#[test]
fn a_mark_keeps_tokens_until_released() {
    let subject = "1, ".repeat(500);
    let src = format!("match ({subject}):\n    case _: pass\nmatch ({subject})\nx = 1\n");
    let peak = peak_window(&src);
    // The subject is kept while the parser decides (twice about 1000 tokens), then dropped.
    assert!(peak > 1000, "peak {peak}");
    let src = format!("{src}{}", "y = 2\n".repeat(1000));
    assert_eq!(peak_window(&src), peak);
}
