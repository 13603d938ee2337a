//! Where in a JSON document an error is, as a JSON pointer (RFC 6901): serde_json gives a
//! line and column; this walks the text up to there and names the keys and indexes on the
//! way. Best effort: text that does not parse yields the pointer of the last good place.

/// One open container on the way to the error.
enum Frame {
    /// An object, with the key whose value is being read (if one was read).
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    /// An array, with the index of the element being read.
    Array { index: usize },
}

/// The byte offset of 1-based `line` and `column` (serde_json counts bytes in a line).
pub fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(n) => start += n + 1,
            None => return text.len(),
        }
    }
    start
        .saturating_add(column.saturating_sub(1))
        .min(text.len())
}

/// The JSON pointer of the value being read at byte `end` of `text` (`""` is the root).
pub fn at(text: &str, end: usize) -> String {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, expect_key }) => {
                    *key = None;
                    *expect_key = true;
                }
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, i);
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut()
                    && *expect_key
                {
                    let raw = text.get(i..close.min(bytes.len())).unwrap_or("");
                    *key = Some(decode(raw));
                    *expect_key = false;
                }
                i = close;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut pointer = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                pointer.push('/');
                pointer.push_str(&k.replace('~', "~0").replace('/', "~1"));
            }
            Frame::Object { key: None, .. } => break,
            Frame::Array { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
        }
    }
    pointer
}

/// The byte after the string starting with the quote at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// A key's text from its JSON spelling (quotes included).
fn decode(raw: &str) -> String {
    serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.trim_matches('"').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pointer_of(text: &str) -> String {
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        at(text, offset(text, e.line(), e.column()))
    }

    #[test]
    fn syntax_errors_name_the_value_being_read() {
        assert_eq!(pointer_of("{\"value\": [ {\"id\": 1,}, 2]}"), "/value/0");
        assert_eq!(
            pointer_of("{\"value\": [1, 2, {\"a\": tru}]}"),
            "/value/2/a"
        );
        assert_eq!(pointer_of("{\"a/b\": {\"c~\": [x]}}"), "/a~1b/c~0/0");
        assert_eq!(pointer_of("[1,\n2,\n}"), "/2");
    }

    #[test]
    fn type_errors_name_the_field() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct U {
            #[serde(rename = "accountEnabled")]
            enabled: bool,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct C {
            value: Vec<U>,
        }
        let text = "{\"value\": [{\"accountEnabled\": true}, {\"accountEnabled\": \"yes\"}]}";
        let e = serde_json::from_str::<C>(text).unwrap_err();
        assert_eq!(
            at(text, offset(text, e.line(), e.column())),
            "/value/1/accountEnabled"
        );
    }
}
