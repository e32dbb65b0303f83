//! Recognizers for addresses on the internet: email addresses, URLs that carry personal data,
//! and IP addresses (parsed, not pattern-matched; version strings are not addresses).

use super::numbers::Span;
use super::spoken;
use super::text::{Keywords, Window, word_char_at, word_char_before};
use super::words::is_stop_word;
use std::net::Ipv6Addr;

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
}

fn domain_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

/// An email address around the `@` at `at`: plus-addressing and subdomains, any case, letters
/// of any script ("zoë@example.com", "josé@correo.es"), with trailing punctuation left out. Or
/// one typed with a slip ([`mistyped_email`]).
pub(crate) fn email(b: &[u8], at: usize) -> Option<Span> {
    let whole = || {
        let (start, end) = (local_start(b, at)?, domain_end(b, at + 1)?);
        (b.get(end) != Some(&b'@')).then_some((start, end))
    };
    whole().or_else(|| mistyped_email(b, at))
}

/// Where the local part of an address ending at `end` starts; none where there is none.
fn local_start(b: &[u8], end: usize) -> Option<usize> {
    // A byte of a letter beyond ASCII belongs to the address; typographic punctuation before
    // it ("“sam@example.com”") does not ([`word_char_before`]).
    let mut start = end;
    while end - start < 64
        && start > 0
        && (local_char(b[start - 1]) || (b[start - 1] >= 0x80 && word_char_before(b, start)))
    {
        start -= 1;
    }
    while start < end && matches!(b[start], b'.' | b'\'' | b'-') {
        start += 1;
    }
    (start < end && !word_char_before(b, start)).then_some(start)
}

/// Where a domain of two labels or more starting at `from` ends, its last label letters.
fn domain_end(b: &[u8], from: usize) -> Option<usize> {
    let mut end = from;
    while end - from < 255 && end < b.len() && (domain_char(b[end]) || (b[end] >= 0x80 && word_char_at(b, end))) {
        end += 1;
    }
    while end > from && matches!(b[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let domain = &b[from..end];
    let tld = domain.rsplit(|c| *c == b'.').next()?;
    let labels_ok = domain.split(|c| *c == b'.').all(|l| !l.is_empty() && l[0] != b'-');
    let ok = domain.contains(&b'.')
        && labels_ok
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic)
        && !word_char_at(b, end);
    ok.then_some(end)
}

/// An email address typed with a slip around the `@` at `at`: a space after it, or on both
/// sides ("sam @ example.co.uk"), or before it only ([`spaced_before_only`]); or, where a
/// webmail's name follows it, a space or a comma for a dot, or no dot, or no top-level domain at
/// all ("sam@gmail .com", "sam.jones@gmail,com",
/// "samjones@gmailcom", "sam@hotmail"). No shop's or person's name is a webmail's, so these
/// need no cue.
fn mistyped_email(b: &[u8], at: usize) -> Option<Span> {
    let spaced_after = b.get(at + 1) == Some(&b' ');
    if !spaced_after && at >= 2 && b[at - 1] == b' ' {
        return spaced_before_only(b, at);
    }
    // A space before the `@` only with one after it: "with @gmail" is a handle's.
    let spaced_before = spaced_after && at >= 2 && b[at - 1] == b' ';
    let start = local_start(b, at - usize::from(spaced_before))?;
    // Spaced on both sides, as speech to text writes it, with the name said before it after a
    // cue ("email sam jones @ hotmail . co . uk").
    let start = if spaced_before { spoken::start_with_name(b, start) } else { start };
    let from = at + 1 + usize::from(spaced_after);
    if spaced_after && let Some(end) = domain_end(b, from) {
        return Some((start, end));
    }
    let label_end = from + b.get(from..)?.iter().take(24).take_while(|c| c.is_ascii_alphanumeric()).count();
    let label = &b[from..label_end];
    if word_char_at(b, label_end) {
        return None;
    }
    // "gmailcom", "hotmailcouk": the webmail's name with its top-level domain glued on.
    let glued = (3..label.len()).any(|n| spoken::webmail_label(&label[..n]) && top_levels(&label[n..]));
    if !(glued || spoken::webmail_label(label)) {
        return None;
    }
    // On over top-level domains after a dot or a comma, a space before or after it at most.
    let mut end = label_end;
    for _ in 0..3 {
        let mut at = end + usize::from(b.get(end) == Some(&b' '));
        if !matches!(b.get(at), Some(b'.' | b',')) {
            break;
        }
        at += 1 + usize::from(b.get(at + 1) == Some(&b' '));
        let tld_end = at + b.get(at..)?.iter().take(7).take_while(|c| c.is_ascii_alphabetic()).count();
        if tld_end == at || word_char_at(b, tld_end) || !spoken::top_level(&b[at..tld_end]) {
            break;
        }
        end = tld_end;
    }
    Some((start, end))
}

/// An address typed with a space before its `@` and none after ("sam @gmail.com"): a whole
/// domain that ends in a known top-level one (a handle has no dot: "thanks @sam.jones" is
/// none), after a word that is not a stop word ("email me @gmail.com").
#[inline(never)]
fn spaced_before_only(b: &[u8], at: usize) -> Option<Span> {
    let start = local_start(b, at - 1)?;
    let end = domain_end(b, at + 1)?;
    let tld = &b[at + 1 + b[at + 1..end].iter().rposition(|c| *c == b'.')? + 1..end];
    let word = std::str::from_utf8(&b[start..at - 1]).ok()?;
    (spoken::top_level(tld) && !is_stop_word(word)).then_some((start, end))
}

/// Whether `letters` are one or two top-level domains glued together ("com", "couk").
fn top_levels(letters: &[u8]) -> bool {
    spoken::top_level(letters)
        || (2..letters.len()).any(|n| spoken::top_level(&letters[..n]) && spoken::top_level(&letters[n..]))
}

/// Path segments that name a person's page.
const PERSONAL_SEGMENTS: &[&str] = &[
    "user",
    "users",
    "u",
    "profile",
    "profiles",
    "account",
    "accounts",
    "customer",
    "customers",
    "member",
    "members",
    "patient",
    "patients",
    "people",
    "person",
    "me",
];

/// Sites where the first part of a path names a person's page ("facebook.com/sam.jones.123",
/// "linkedin.com/in/sam-jones", "calendly.com/dr-amy-chen/30min", "paypal.me/samjones"), with
/// or without "www." or "m." before them.
const SOCIAL_SITES: &[&str] = &[
    "facebook.com",
    "fb.com",
    "instagram.com",
    "twitter.com",
    "x.com",
    "tiktok.com",
    "linkedin.com",
    "github.com",
    "pinterest.com",
    "pinterest.co.uk",
    "snapchat.com",
    "threads.net",
    "youtube.com",
    "twitch.tv",
    "soundcloud.com",
    // Pages that take payments or bookings in a person's name, and links to chat with them.
    "calendly.com",
    "paypal.me",
    "monzo.me",
    "ko-fi.com",
    "buymeacoffee.com",
    "linktr.ee",
    "about.me",
    "t.me",
    "wa.me",
];

/// The social site that `host` is, ignoring a "www." or "m." before it.
fn is_social_site(host: &[u8]) -> bool {
    let host = host.strip_prefix(b"www.").or_else(|| host.strip_prefix(b"m.")).unwrap_or(host);
    SOCIAL_SITES.iter().any(|site| host.eq_ignore_ascii_case(site.as_bytes()))
}

/// A URL starting at `start` (a scheme, `www.` or a social site's name): its end, and whether
/// it must be redacted (credentials, a query string, a token in the fragment, a personal path
/// or a random token in it, or any path on a social site). Plain links ("https://example.co.uk/opening-hours") are kept.
pub(crate) fn url(b: &[u8], start: usize) -> (bool, usize) {
    let mut end =
        start + b[start..].iter().take_while(|c| c.is_ascii_graphic() && !matches!(c, b'<' | b'>' | b'"')).count();
    while end > start && matches!(b[end - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'\'') {
        end -= 1;
    }
    let u = &b[start..end];
    let after_scheme = u.windows(3).position(|w| w == b"://").map_or(0, |p| p + 3);
    let rest = &u[after_scheme..];
    let authority_end = rest.iter().position(|c| matches!(c, b'/' | b'?' | b'#')).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let credentials = authority.contains(&b'@');
    let query = tail.iter().position(|c| *c == b'?').is_some_and(|q| q + 1 < tail.len());
    let fragment_token = tail.iter().position(|c| *c == b'#').is_some_and(|f| tail[f..].contains(&b'='));
    let path = tail.split(|c| matches!(c, b'?' | b'#')).next().unwrap_or_default();
    let personal_path = path.split(|c| *c == b'/').any(|seg| {
        seg.contains(&b'@')
            || seg.first() == Some(&b'~')
            || seg.iter().filter(|c| c.is_ascii_digit()).count() >= 5
            || PERSONAL_SEGMENTS.iter().any(|p| seg.eq_ignore_ascii_case(p.as_bytes()))
            || is_token(seg)
    });
    let profile = path.len() > 1 && is_social_site(authority.rsplit(|c| *c == b'@').next().unwrap_or_default());
    (credentials || query || fragment_token || personal_path || profile, end)
}

/// The fewest characters of a path's segment read as a random token ([`is_token`]).
const MIN_TOKEN: usize = 20;

/// Whether a path's segment is a random token, the key of a link that anyone who has it may
/// open (a shared document's, a reset link's: "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms"):
/// at least [`MIN_TOKEN`] letters, digits, underscores and hyphens, a digit and a lowercase
/// letter among them, and a quarter of them capitals at least, which a product's name in
/// camel case has fewer of ("SamsungGalaxyS24Ultra").
fn is_token(seg: &[u8]) -> bool {
    let count = |f: fn(&u8) -> bool| seg.iter().filter(|c| f(c)).count();
    seg.len() >= MIN_TOKEN
        && seg.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
        && count(u8::is_ascii_digit) > 0
        && count(u8::is_ascii_lowercase) > 0
        && 4 * count(u8::is_ascii_uppercase) >= seg.len()
}

/// Where a URL starts if the `:` at `c` ends its scheme (`https://`).
pub(crate) fn url_start_at_colon(b: &[u8], c: usize) -> Option<usize> {
    if b.get(c + 1..c + 3) != Some(b"//") {
        return None;
    }
    let scheme = b[..c].iter().rev().take(10).take_while(|x| x.is_ascii_alphabetic()).count();
    let start = c - scheme;
    (scheme >= 2 && !word_char_before(b, start)).then_some(start)
}

/// Where a URL starts if the `.` at `d` ends a word `www`, or is in a host name written without
/// a scheme before a path ("instagram.com/samjones85", "wa.me/447700900123",
/// "example.co.uk/reset?token=..."): letters, digits, hyphens and dots around it, ending in a
/// top-level domain of [`TOP_LEVEL_DOMAINS`], then a "/". [`url`] decides whether it is
/// personal.
pub(crate) fn url_start_at_dot(b: &[u8], d: usize) -> Option<usize> {
    let www = d.checked_sub(3).filter(|&s| b[s..d].eq_ignore_ascii_case(b"www") && !word_char_before(b, s));
    // Most full stops end a sentence: only a letter right after one, and a letter or digit
    // right before, can be in a host name.
    if www.is_some()
        || d == 0
        || !b[d - 1].is_ascii_alphanumeric()
        || !b.get(d + 1).is_some_and(u8::is_ascii_alphabetic)
    {
        return www;
    }
    host_start(b, d)
}

/// Where the host name around the `.` at `d` starts, where it ends in one of
/// [`TOP_LEVEL_DOMAINS`] before a "/" ([`url_start_at_dot`]). Out of line: the scan loop's
/// dispatch is at its inlining limit.
#[inline(never)]
fn host_start(b: &[u8], d: usize) -> Option<usize> {
    let host_char = |c: &&u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.');
    let host_end = d + b[d..].iter().take(32).take_while(host_char).count();
    if b.get(host_end) != Some(&b'/') {
        return None;
    }
    let start = d - b[..d].iter().rev().take(64).take_while(host_char).count();
    let top_level = b[start..host_end].rsplit(|c| *c == b'.').next().unwrap_or_default();
    let known = TOP_LEVEL_DOMAINS.iter().any(|t| top_level.eq_ignore_ascii_case(t.as_bytes()));
    (known && !word_char_before(b, start) && b[start].is_ascii_alphanumeric()).then_some(start)
}

/// The top-level domains of the links that chat text holds without a scheme: the common generic
/// ones, and those of the UK, Ireland and Europe.
const TOP_LEVEL_DOMAINS: &[&str] = &[
    "com", "net", "org", "uk", "ie", "eu", "io", "me", "ly", "co", "app", "dev", "info", "biz", "gl", "gle", "scot",
    "wales", "cymru", "london", "de", "fr", "es", "it", "nl", "be", "pl", "pt", "se", "dk", "no", "fi", "at", "ch",
    "ai", "tv", "us", "ca", "au", "link", "page", "site", "online", "shop", "store",
];

const VERSION_CONTEXT: Keywords = Keywords::new(&[
    "version", "ver", "v", "ios", "android", "build", "release", "firmware", "update", "app", "chrome", "firefox",
    "safari", "edge", "windows", "macos", "os",
]);

/// A dotted IPv4 address starting at the digit `s`: exactly four parts of 0-255, not a version
/// string ("v4.12.0.3", "iOS 17.2.1.0").
pub(crate) fn ipv4(b: &[u8], s: usize) -> Option<Span> {
    if word_char_before(b, s) || (s > 0 && b[s - 1] == b'.') {
        return None;
    }
    let mut i = s;
    for part in 0..4 {
        let digits = b[i..].iter().take(4).take_while(|c| c.is_ascii_digit()).count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        let value: u32 = b[i..i + digits].iter().fold(0, |v, c| v * 10 + u32::from(c - b'0'));
        if value > 255 {
            return None;
        }
        i += digits;
        if part < 3 {
            if b.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
        }
    }
    let more = matches!(b.get(i), Some(b'.') | Some(b':')) && b.get(i + 1).is_some_and(u8::is_ascii_digit);
    let ok = !more && !word_char_at(b, i) && !Window::before(b, s, 16).has_any(&VERSION_CONTEXT);
    ok.then_some((s, i))
}

/// An IPv6 address around the `:` at `c`, checked by the standard parser; times such as
/// 10:30:00 are not addresses.
pub(crate) fn ipv6(b: &[u8], c: usize) -> Option<Span> {
    let part = |x: &u8| x.is_ascii_hexdigit() || matches!(x, b':' | b'.');
    let start = c - b[..c].iter().rev().take(39).take_while(|x| part(x)).count();
    let mut end = c + b[c..].iter().take(45).take_while(|x| part(x)).count();
    while end > c && b[end - 1] == b'.' {
        end -= 1;
    }
    let candidate = std::str::from_utf8(&b[start..end]).ok()?;
    let colons = candidate.bytes().filter(|x| *x == b':').count();
    let hex = candidate.bytes().filter(u8::is_ascii_hexdigit).count();
    let bounded = !word_char_before(b, start) && !word_char_at(b, end);
    (colons >= 2 && hex >= 2 && bounded && candidate.parse::<Ipv6Addr>().is_ok()).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email_in(text: &str) -> Option<&str> {
        let at = text.find('@')?;
        email(text.as_bytes(), at).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn emails() {
        assert_eq!(email_in("mail Jane.Doe+nhs@Mail.Example.co.uk."), Some("Jane.Doe+nhs@Mail.Example.co.uk"));
        assert_eq!(email_in("(bob@example.com)"), Some("bob@example.com"));
        assert_eq!(email_in("@example.com"), None);
        assert_eq!(email_in("meet @ 5pm"), None);
        assert_eq!(email_in("user@localhost"), None);
    }

    #[test]
    fn emails_typed_with_a_slip() {
        // Spaces around the `@`, or after it.
        assert_eq!(email_in("email is sam @ example.co.uk"), Some("sam @ example.co.uk"));
        assert_eq!(email_in("sam@ gmail.com"), Some("sam@ gmail.com"));
        // A webmail's name after it: a space or a comma for the dot, no dot, no domain.
        assert_eq!(email_in("email: sam@gmail .com"), Some("sam@gmail .com"));
        assert_eq!(email_in("sam.jones@gmail,com thanks"), Some("sam.jones@gmail,com"));
        assert_eq!(email_in("samjones@gmailcom"), Some("samjones@gmailcom"));
        assert_eq!(email_in("sam@hotmailcouk"), Some("sam@hotmailcouk"));
        assert_eq!(email_in("it's sam@hotmail, thanks"), Some("sam@hotmail"));
        assert_eq!(email_in("sam @ hotmail . co . uk"), Some("sam @ hotmail . co . uk"));
        // Not a handle after a space, nor a webmail's name glued to more, nor another domain.
        assert_eq!(email_in("an issue with @gmail addresses"), None);
        assert_eq!(email_in("sam@gmailfan"), None);
        assert_eq!(email_in("sam@example"), None);
        assert_eq!(email_in("see you @ the station"), None);
    }

    #[test]
    fn emails_typed_with_a_space_before_the_at_only() {
        assert_eq!(email_in("email is sam @gmail.com"), Some("sam @gmail.com"));
        assert_eq!(email_in("it's j.smith84 @example.co.uk thanks"), Some("j.smith84 @example.co.uk"));
        // Not a handle (no dot, or no known top-level domain), nor after a stop word.
        assert_eq!(email_in("thanks @sam.jones"), None);
        assert_eq!(email_in("shout out to sam @samsbakes"), None);
        assert_eq!(email_in("email me @gmail.com"), None);
        assert_eq!(email_in("ask us @tesco.com"), None);
    }

    #[test]
    fn emails_spaced_as_speech_takes_the_name_said_after_a_cue() {
        assert_eq!(email_in("email sam jones @ hotmail . co . uk"), Some("sam jones @ hotmail . co . uk"));
        assert_eq!(email_in("my email is sarah jones @ example.co.uk"), Some("sarah jones @ example.co.uk"));
        // Without a cue, the local part alone; never the cue or a stop word.
        assert_eq!(email_in("tell sam jones @ example.co.uk"), Some("jones @ example.co.uk"));
        assert_eq!(email_in("my email is jones @ example.co.uk"), Some("jones @ example.co.uk"));
    }

    #[test]
    fn emails_with_letters_beyond_ascii() {
        assert_eq!(email_in("email zoë@example.com"), Some("zoë@example.com"));
        assert_eq!(email_in("é@example.com"), Some("é@example.com"));
        assert_eq!(email_in("josé.garcía@correo.es, gracias"), Some("josé.garcía@correo.es"));
        assert_eq!(email_in("sam@müller.de"), Some("sam@müller.de"));
        // Typographic punctuation, emoji and symbols around it are no part of it.
        assert_eq!(email_in("“zoë@example.com”"), Some("zoë@example.com"));
        assert_eq!(email_in("‘sam@example.com’"), Some("sam@example.com"));
        assert_eq!(email_in("👉sam@example.com👈"), Some("sam@example.com"));
        assert_eq!(email_in("—sam@example.com…"), Some("sam@example.com"));
    }

    #[test]
    fn urls_are_redacted_only_when_personal() {
        let check = |text: &str| {
            let b = text.as_bytes();
            let start = text.find("://").and_then(|c| url_start_at_colon(b, c)).or_else(|| text.find("www."))?;
            let (personal, end) = url(b, start);
            personal.then(|| text[start..end].to_owned())
        };
        assert_eq!(check("see https://example.co.uk/opening-hours."), None);
        assert_eq!(
            check("https://shop.example.com/track?order=123&email=x"),
            Some("https://shop.example.com/track?order=123&email=x".into())
        );
        assert_eq!(check("ftp://bob:secret@files.example.com/x"), Some("ftp://bob:secret@files.example.com/x".into()));
        assert_eq!(check("www.example.com/users/jsmith"), Some("www.example.com/users/jsmith".into()));
        assert_eq!(check("https://example.com/reset#token=abc"), Some("https://example.com/reset#token=abc".into()));
        // A social site's page is a person's, whatever its path says; the site itself is not.
        assert_eq!(
            check("https://www.linkedin.com/in/sam-jones/"),
            Some("https://www.linkedin.com/in/sam-jones/".into())
        );
        assert_eq!(check("https://m.facebook.com/sam.jones.123"), Some("https://m.facebook.com/sam.jones.123".into()));
        assert_eq!(check("see https://www.facebook.com/."), None);
        for link in
            ["https://calendly.com/dr-amy-chen/30min", "https://paypal.me/samjones84", "https://wa.me/447700900123"]
        {
            assert_eq!(check(link), Some(link.into()));
        }
        assert_eq!(check("https://calendly.com"), None);
        assert_eq!(check("https://example.com/sam.jones"), None);
        // A random token in the path is a link's key; a product's name in camel case is none.
        let doc = "https://docs.google.com/document/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit";
        assert_eq!(check(doc), Some(doc.into()));
        assert_eq!(check("https://shop.example.com/p/SamsungGalaxyS24Ultra"), None);
        assert_eq!(check("https://example.com/blog/how-to-reset-your-router-2024"), None);
    }

    #[test]
    fn a_host_without_a_scheme_starts_a_url_before_its_path() {
        let start = |text: &str| url_start_at_dot(text.as_bytes(), text.find('.')?);
        assert_eq!(start("my insta is instagram.com/samjones85"), Some(12));
        assert_eq!(start("x.com/sam"), Some(0));
        assert_eq!(start("pinterest.co.uk/sam"), Some(0));
        assert_eq!(start("see www.example.com"), Some(4));
        assert_eq!(start("message us at wa.me/447700900123"), Some(14));
        assert_eq!(start("m.facebook.com/sam.jones"), Some(0));
        assert_eq!(start("example.com/users"), Some(0));
        for not in [
            "I use x.com a lot",
            "follow us at facebook.com",
            "fine. Ok",
            "e.g. this/that",
            "version 1.2/3",
            "the file is config.yaml/x",
            "I paid \u{a3}3.50/month",
        ] {
            assert_eq!(start(not), None, "{not}");
        }
        // Whether it is personal is the URL's own question.
        let personal = |text: &str| start(text).map(|s| url(text.as_bytes(), s).0);
        assert_eq!(personal("message us at wa.me/447700900123"), Some(true));
        assert_eq!(personal("example.com/reset?token=abc"), Some(true));
        assert_eq!(personal("see gov.uk/browse/tax for details"), Some(false));
        assert_eq!(personal("myfacebook.com/sam"), Some(false));
    }

    #[test]
    fn ip_addresses_not_versions() {
        fn v4(text: &str) -> Option<&str> {
            let b = text.as_bytes();
            let s = b.iter().position(u8::is_ascii_digit)?;
            ipv4(b, s).map(|(a, z)| &text[a..z])
        }
        assert_eq!(v4("from 192.168.1.20."), Some("192.168.1.20"));
        assert_eq!(v4("v4.12.0.3"), None);
        assert_eq!(v4("iOS 17.2.1.0"), None);
        assert_eq!(v4("1.2.3.4.5"), None);
        assert_eq!(v4("256.1.1.1"), None);
        fn v6(text: &str) -> Option<&str> {
            ipv6(text.as_bytes(), text.find(':')?).map(|(a, z)| &text[a..z])
        }
        assert_eq!(v6("ip 2001:db8::ff00:42:8329 ok"), Some("2001:db8::ff00:42:8329"));
        assert_eq!(v6("at 10:30:00"), None);
    }
}
