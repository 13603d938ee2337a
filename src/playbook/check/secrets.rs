//! The rule that a playbook never asks anyone for a secret: no placeholder for a password or
//! code, no instruction to type one into this tool, and no script that asks a listener for
//! one. Sentences that warn against it ("never type it here") are fine.

/// Words that name a secret. Matched as whole words, case-insensitively.
const SECRET_TERMS: &[&str] = &[
    "password",
    "passwords",
    "passcode",
    "passphrase",
    "pin",
    "one-time code",
    "otp",
    "verification code",
    "security code",
    "mfa code",
    "2fa code",
    "recovery code",
    "recovery key",
    "backup code",
    "token",
    "secret",
    "temporary access pass",
    "tap",
    "private key",
];

/// Verbs that ask for something.
const ASKING: &[&str] = &[
    "type", "enter", "paste", "input", "give", "tell", "provide", "share", "send", "read", "write",
];

/// Places that mean "into breakglass itself".
const HERE: &[&str] = &[
    "here",
    "below",
    "breakglass",
    "this tool",
    "this app",
    "this wizard",
    "this field",
    "this box",
];

/// Words that turn a sentence into a warning rather than a request.
const NEGATIONS: &[&str] = &["never", "not", "don't", "do not", "only on", "no "];

/// Whether `text` contains `word` as a whole word or phrase (ASCII word boundaries).
fn has_word(text: &str, word: &str) -> bool {
    let mut start = 0;
    while let Some(found) = text[start..].find(word) {
        let at = start + found;
        let end = at + word.len();
        let before_ok = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        start = end;
    }
    false
}

fn secret_term(text: &str) -> Option<&'static str> {
    SECRET_TERMS.iter().copied().find(|t| has_word(text, t))
}

/// Why `text` asks for a secret, if it does. `script` is true for "say this" scripts,
/// which must not ask the listener for a secret at all.
pub fn asks_for_secret(text: &str, script: bool) -> Option<String> {
    let lower = text.to_lowercase();
    if let Some(reason) = placeholder(&lower) {
        return Some(reason);
    }
    for sentence in lower.split(['.', '!', '?', ';', '\n']) {
        // In a script even a bare "code" is a secret, unless it is an error or phone code.
        let bare_code = script
            && (has_word(sentence, "code") || has_word(sentence, "codes"))
            && !["error code", "country code", "area code", "correlation"]
                .iter()
                .any(|x| sentence.contains(x));
        let Some(term) = secret_term(sentence).or(bare_code.then_some("code")) else {
            continue;
        };
        if NEGATIONS.iter().any(|n| sentence.contains(n)) {
            continue;
        }
        let asks = ASKING.iter().any(|v| has_word(sentence, v));
        if asks && script {
            return Some(format!("a script asks the listener for a {term}"));
        }
        if asks && HERE.iter().any(|h| has_word(sentence, h)) {
            return Some(format!(
                "it tells the reader to enter a {term} into breakglass"
            ));
        }
    }
    None
}

/// A `<placeholder>` that stands for a secret.
fn placeholder(lower: &str) -> Option<String> {
    let mut rest = lower;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            break;
        };
        let inside = &after[..close];
        if let Some(term) = secret_term(inside) {
            return Some(format!("the placeholder <{inside}> stands for a {term}"));
        }
        rest = &after[close + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_for_secrets_are_caught() {
        assert!(asks_for_secret("Type your password here to continue.", false).is_some());
        assert!(asks_for_secret("Paste the recovery code into breakglass.", false).is_some());
        assert!(asks_for_secret("Call and say: my password is <password>.", false).is_some());
        assert!(asks_for_secret("Enter <your TAP> below", false).is_some());
        assert!(
            asks_for_secret(
                "Please tell me the code from your authenticator token",
                true
            )
            .is_some()
        );
        assert!(asks_for_secret("Please read me the code your app shows.", true).is_some());
        assert!(asks_for_secret("Please tell me the code your app shows.", true).is_some());
        assert!(asks_for_secret("Tell them the error code and the time.", true).is_none());
    }

    #[test]
    fn warnings_and_ordinary_text_pass() {
        for ok in [
            "Type the TAP only on Microsoft's sign-in page.",
            "Never type your password here.",
            "Enter it only on Microsoft's own sign-in page, never into this tool.",
            "Open <your tenant ID> in the portal.",
            "Ask for the Data Protection team. They send a PIN to the registered contact.",
            "Require re-register MFA deletes software tokens on the account.",
            "Tap the notification.",
            "Tape the key to the inside of the safe door.",
        ] {
            assert_eq!(asks_for_secret(ok, false), None, "{ok}");
        }
        assert_eq!(
            asks_for_secret(
                "This is a tenant lockout. Please route it to the Data Protection team.",
                true
            ),
            None
        );
    }
}
