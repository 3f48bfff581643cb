// SPDX-License-Identifier: MIT
//! `str.encode`: its codecs are shared with `bytes.decode` (`bytes_codecs.rs`).

use super::*;

/// `str.encode(encoding='utf-8', errors='strict')`: the codecs are `bytes_codecs.rs`'s.
pub(super) fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, [enc, errors, _]) = kw_args(vm, "encode", args, kw, &["encoding", "errors"])?;
    let enc = match enc {
        Some(e) => str_arg_named(vm, e, "encode", "encoding")?,
        None => String::from("utf-8"),
    };
    let errors = match errors {
        Some(e) => str_arg_named(vm, e, "encode", "errors")?,
        None => String::from("strict"),
    };
    let data = bytes::encode_str(vm, &s, &enc, &errors)?;
    bytes::new(vm, &data)
}
