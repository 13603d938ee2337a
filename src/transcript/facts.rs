//! Case facts: the few non-secret details a person may type for the support packet. Every
//! kind has a strict format; none is free text. A value that fits its format but still has
//! a secret's shape (a sign-in token that reads like a domain, say) is refused by the one
//! secret detector, [`crate::playbook::secret`].

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::playbook::secret::{Reason, find_secret};

/// The kinds of fact breakglass accepts. There is deliberately no free-text kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    /// The tenant ID (a GUID) or its primary domain (`contoso.onmicrosoft.com`).
    Tenant,
    /// The locked admin's sign-in name (`name@domain`, `#EXT#` allowed).
    SignIn,
    /// The error code from the sign-in error page (`AADSTS50076`).
    ErrorCode,
    /// The correlation ID from the error page (a GUID).
    CorrelationId,
    /// The time from the error page (`2026-11-28T14:05:22Z` or `2026-11-28 14:05`).
    ErrorTime,
    /// A Microsoft support request number (10 to 20 digits).
    RequestNumber,
}

impl FactKind {
    /// Every kind, in the order forms show them.
    pub const ALL: [FactKind; 6] = [
        FactKind::Tenant,
        FactKind::SignIn,
        FactKind::ErrorCode,
        FactKind::CorrelationId,
        FactKind::ErrorTime,
        FactKind::RequestNumber,
    ];

    /// The label in English (the session file's wording; [`FactKind::title`] is the
    /// label a person reads).
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Tenant => "Tenant ID or primary domain",
            FactKind::SignIn => "Locked admin's sign-in name",
            FactKind::ErrorCode => "Error code",
            FactKind::CorrelationId => "Correlation ID",
            FactKind::ErrorTime => "Time of the error (UTC)",
            FactKind::RequestNumber => "Support request number",
        }
    }

    /// The label in forms, the `f` prompt and reports, in the interface language.
    pub fn title(self) -> String {
        match self {
            FactKind::Tenant => crate::tr!("common-fact-tenant"),
            FactKind::SignIn => crate::tr!("common-fact-sign-in"),
            FactKind::ErrorCode => crate::tr!("common-fact-error-code"),
            FactKind::CorrelationId => crate::tr!("common-fact-correlation-id"),
            FactKind::ErrorTime => crate::tr!("common-fact-error-time"),
            FactKind::RequestNumber => crate::tr!("common-fact-request-number"),
        }
    }

    /// What the fact is, mid-sentence, in the interface language.
    pub fn noun(self) -> String {
        match self {
            FactKind::Tenant => crate::tr!("common-fact-noun-tenant"),
            FactKind::SignIn => crate::tr!("common-fact-noun-sign-in"),
            FactKind::ErrorCode => crate::tr!("common-fact-noun-error-code"),
            FactKind::CorrelationId => crate::tr!("common-fact-noun-correlation-id"),
            FactKind::ErrorTime => crate::tr!("common-fact-noun-error-time"),
            FactKind::RequestNumber => crate::tr!("common-fact-noun-request-number"),
        }
    }

    /// An example of the expected format (the values themselves are not translated).
    pub fn example(self) -> String {
        match self {
            FactKind::Tenant => crate::tr!("common-fact-example-tenant"),
            FactKind::SignIn => "admin@contoso.com".to_string(),
            FactKind::ErrorCode => "AADSTS50076".to_string(),
            FactKind::CorrelationId => "5a4b3c2d-1e0f-...".to_string(),
            FactKind::ErrorTime => "2026-11-28T14:05:22Z".to_string(),
            FactKind::RequestNumber => "2611280040001234".to_string(),
        }
    }

    /// The placeholder a redacted report shows instead.
    pub fn placeholder(self) -> &'static str {
        match self {
            FactKind::Tenant => "[tenant]",
            FactKind::SignIn => "[sign-in name]",
            FactKind::ErrorCode => "[error code]",
            FactKind::CorrelationId => "[correlation ID]",
            FactKind::ErrorTime => "[time]",
            FactKind::RequestNumber => "[request number]",
        }
    }

    /// Checks `input` against this kind's format and returns it tidied (trimmed, error
    /// codes upper-case), or why it does not fit.
    pub fn parse(self, input: &str) -> Result<String, FactError> {
        let value = input.trim();
        let ok = match self {
            FactKind::Tenant => is_guid(value) || is_domain(value),
            FactKind::SignIn => is_sign_in(value),
            FactKind::ErrorCode => is_error_code(value),
            FactKind::CorrelationId => is_guid(value),
            FactKind::ErrorTime => is_time(value),
            FactKind::RequestNumber => {
                (10..=20).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit())
            }
        };
        if !ok {
            return Err(FactError {
                kind: self,
                secret: None,
            });
        }
        // Dots and `@` split a domain or sign-in name into the words the detector judges.
        let words = value.replace(['.', '@'], " ");
        if let Some(why) = find_secret(value).or_else(|| find_secret(&words)) {
            return Err(FactError {
                kind: self,
                secret: Some(why),
            });
        }
        Ok(match self {
            // A correlation ID is kept as typed (support tools match it either way).
            FactKind::ErrorCode => value.to_ascii_uppercase(),
            FactKind::Tenant => value.to_ascii_lowercase(),
            _ => value.to_string(),
        })
    }
}

impl fmt::Display for FactKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Input that does not fit its kind's format, or that looks like a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactError {
    /// The kind it was typed for.
    pub kind: FactKind,
    /// Why the value looks like a secret, when that is why it was refused.
    pub secret: Option<Reason>,
}

impl fmt::Display for FactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = self.kind.noun();
        let example = self.kind.example();
        let text = if let Some(why) = self.secret {
            crate::tr!(
                "common-fact-refused-secret",
                why = why,
                noun = noun.as_str(),
                example = example.as_str()
            )
        } else {
            crate::tr!(
                "common-fact-refused-format",
                noun = noun.as_str(),
                example = example.as_str()
            )
        };
        f.write_str(&text)
    }
}

impl std::error::Error for FactError {}

/// `8-4-4-4-12` hexadecimal digits.
pub fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A DNS name with at least two labels and a letter-only top label.
fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    s.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// `local@domain`; the local part may hold letters, digits and `. _ + - #` (for `#EXT#`).
fn is_sign_in(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 128
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._+-#".contains(&b))
        && is_domain(domain)
}

/// `AADSTS` and five or six digits.
fn is_error_code(s: &str) -> bool {
    let upper = s.to_ascii_uppercase();
    upper
        .strip_prefix("AADSTS")
        .is_some_and(|d| (5..=6).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// An RFC 3339 timestamp, or `YYYY-MM-DD HH:MM[:SS]` (read as UTC).
fn is_time(s: &str) -> bool {
    s.parse::<jiff::Timestamp>().is_ok()
        || s.parse::<jiff::civil::DateTime>().is_ok()
        || s.strip_suffix(" UTC")
            .is_some_and(|t| t.parse::<jiff::civil::DateTime>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_accepts_its_format() {
        let ok = [
            (FactKind::Tenant, "contoso.onmicrosoft.com"),
            (FactKind::Tenant, "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0"),
            (
                FactKind::SignIn,
                "alex_outlook.com#EXT#@alexoutlook.onmicrosoft.com",
            ),
            (FactKind::SignIn, "admin@contoso.com"),
            (FactKind::ErrorCode, "aadsts500121"),
            (
                FactKind::CorrelationId,
                "5a4b3c2d-1e0f-4a3b-9c8d-7e6f5a4b3c2d",
            ),
            (FactKind::ErrorTime, "2026-11-28T14:05:22Z"),
            (FactKind::ErrorTime, "2026-11-28 14:05"),
            (FactKind::ErrorTime, "2026-11-28 14:05:22 UTC"),
            (FactKind::RequestNumber, "2611280040001234"),
        ];
        for (kind, value) in ok {
            assert!(kind.parse(value).is_ok(), "{kind:?} {value}");
        }
        assert_eq!(
            FactKind::ErrorCode.parse(" aadsts50076 ").unwrap(),
            "AADSTS50076"
        );
        assert_eq!(
            FactKind::Tenant.parse("Contoso.OnMicrosoft.com").unwrap(),
            "contoso.onmicrosoft.com"
        );
    }

    #[test]
    fn secret_shaped_values_are_refused_even_in_format() {
        for (kind, value) in [
            (
                FactKind::Tenant,
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.SflKxwRJSMeKKF",
            ),
            (FactKind::Tenant, "AKIAIOSFODNN7EXAMPLE.com"),
            (FactKind::SignIn, "pQ7xL2mZ@contoso.com"),
            (FactKind::SignIn, "admin@dGhpcyBpcyBhIHNlY3JldCB2YWx1ZQ.com"),
        ] {
            let err = kind.parse(value).unwrap_err();
            assert!(err.secret.is_some(), "{kind:?} {value}");
            assert!(err.to_string().contains("never type"), "{err}");
        }
        for (kind, value) in [
            (FactKind::SignIn, "breakglass1@contoso.onmicrosoft.com"),
            (FactKind::SignIn, "Alex.Smith2@Contoso.com"),
            (FactKind::Tenant, "contoso2024prod.onmicrosoft.com"),
            (FactKind::RequestNumber, "2611280040001234"),
            (FactKind::ErrorCode, "AADSTS500121"),
        ] {
            assert!(kind.parse(value).is_ok(), "{kind:?} {value}");
        }
    }
}
