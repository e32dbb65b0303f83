//! Reading a `User-Agent` header down to what a report needs: browser family and major version,
//! OS family and major version ("Chrome 131", "iOS 17"). The raw header is never kept: with the
//! minor versions and device model it helps fingerprint a person.

use super::UserAgent;

/// Browsers in the order they must be checked: Edge, Opera and Samsung Internet also say
/// "Chrome", and Chrome also says "Safari".
const BROWSERS: &[(&str, &str)] = &[
    ("Edg/", "Edge"),
    ("EdgA/", "Edge"),
    ("EdgiOS/", "Edge"),
    ("OPR/", "Opera"),
    ("SamsungBrowser/", "Samsung Internet"),
    ("Firefox/", "Firefox"),
    ("FxiOS/", "Firefox"),
    ("CriOS/", "Chrome"),
    ("Chrome/", "Chrome"),
];

impl UserAgent {
    /// The browser and OS families with major versions; `None` parts where the header says
    /// nothing recognisable.
    pub fn parse(header: &str) -> Self {
        Self { browser: browser(header), os: os(header) }
    }
}

fn browser(ua: &str) -> Option<String> {
    for (token, name) in BROWSERS {
        if let Some(version) = version_after(ua, token) {
            return Some(format!("{name} {version}"));
        }
    }
    if ua.contains("Safari/") {
        return Some(match version_after(ua, "Version/") {
            Some(version) => format!("Safari {version}"),
            None => "Safari".to_owned(),
        });
    }
    None
}

fn os(ua: &str) -> Option<String> {
    if let Some(v) = version_after(ua, "iPhone OS ").or_else(|| version_after(ua, "CPU OS ")) {
        return Some(format!("iOS {v}"));
    }
    if let Some(v) = version_after(ua, "Android ") {
        return Some(format!("Android {v}"));
    }
    if ua.contains("Android") {
        return Some("Android".to_owned());
    }
    if let Some(nt) = version_after_full(ua, "Windows NT ") {
        return Some(
            match nt.as_str() {
                "10.0" => "Windows 10",
                "6.3" => "Windows 8.1",
                "6.2" => "Windows 8",
                "6.1" => "Windows 7",
                _ => "Windows",
            }
            .to_owned(),
        );
    }
    if let Some(v) = version_after(ua, "Mac OS X ") {
        return Some(format!("macOS {v}"));
    }
    if ua.contains("CrOS") {
        return Some("ChromeOS".to_owned());
    }
    if ua.contains("Linux") {
        return Some("Linux".to_owned());
    }
    None
}

/// The major version right after `token`: the leading digits.
fn version_after(ua: &str, token: &str) -> Option<String> {
    let start = ua.find(token)? + token.len();
    let digits: String = ua[start..].chars().take_while(char::is_ascii_digit).take(5).collect();
    (!digits.is_empty()).then_some(digits)
}

/// The whole dotted version after `token` ("10.0").
fn version_after_full(ua: &str, token: &str) -> Option<String> {
    let start = ua.find(token)? + token.len();
    let version: String = ua[start..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').take(8).collect();
    (!version.is_empty()).then_some(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(header: &str) -> (Option<String>, Option<String>) {
        let ua = UserAgent::parse(header);
        (ua.browser, ua.os)
    }

    #[test]
    fn common_browsers_read_as_family_and_major_version() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36",
                ("Chrome 131", "Windows 10"),
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70",
                ("Edge 131", "Windows 10"),
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
                ("Safari 17", "iOS 17"),
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0",
                ("Firefox 133", "macOS 10"),
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
                ("Samsung Internet 26", "Android 14"),
            ),
            (
                "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
                ("Chrome 130", "ChromeOS"),
            ),
        ];
        for (header, (browser, os)) in cases {
            assert_eq!(parsed(header), (Some(browser.to_owned()), Some(os.to_owned())), "{header}");
        }
    }

    #[test]
    fn unknown_agents_give_nothing_and_device_models_are_dropped() {
        assert_eq!(parsed("curl/8.5.0"), (None, None));
        let ua = UserAgent::parse("Mozilla/5.0 (Linux; Android 14; SM-S918B) Chrome/122.0.0.0 Mobile Safari/537.36");
        assert!(!format!("{ua:?}").contains("SM-S918B"));
    }
}
