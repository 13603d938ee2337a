//! The ids of the audit rules, on their own so that the drill checker (which `build.rs`
//! also compiles) can check a drill's `audit:` lines without the rules themselves.

/// Every audit rule id; a unit test keeps it equal to [`super::rules::all`].
pub const RULE_IDS: &[&str] = &[
    "ga-two-permanent",
    "ga-fewer-than-five",
    "admin-not-external",
    "admin-cloud-only",
    "emergency-two-accounts",
    "emergency-cloud-only",
    "emergency-onmicrosoft-domain",
    "emergency-enabled",
    "emergency-permanent-ga",
    "emergency-excluded-from-ca",
    "emergency-phishing-resistant",
    "admin-mfa-registered",
    "admin-two-methods",
    "admin-not-sms-voice-only",
    "admin-methods-allowed",
    "tap-enabled",
    "ca-no-unexcluded-block",
    "mfa-protection-on",
];

#[cfg(test)]
mod tests {
    use super::RULE_IDS;
    use std::collections::BTreeSet;

    #[test]
    fn the_ids_are_the_rules() {
        let listed: BTreeSet<&str> = RULE_IDS.iter().copied().collect();
        let rules: BTreeSet<&str> = super::super::rules::all().iter().map(|r| r.id).collect();
        assert_eq!(listed, rules);
        assert_eq!(listed.len(), RULE_IDS.len(), "an id is listed twice");
    }
}
