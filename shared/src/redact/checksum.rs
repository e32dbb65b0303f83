//! The check-digit algorithms that separate real identifiers from look-alikes. All take ASCII
//! digits (or, for mod-97, ASCII alphanumerics) and never allocate.

/// Luhn (payment cards).
pub(crate) fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let v = u32::from(d - b'0');
            if i % 2 == 1 { if v * 2 > 9 { v * 2 - 9 } else { v * 2 } } else { v }
        })
        .sum();
    !digits.is_empty() && sum.is_multiple_of(10)
}

/// NHS numbers: weights 10..2 over the first nine digits; the check digit is
/// `11 - (sum mod 11)`, where 11 means 0 and 10 means the number is invalid.
pub(crate) fn nhs_mod11(digits: &[u8]) -> bool {
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9].iter().zip((2..=10).rev()).map(|(d, w)| u32::from(d - b'0') * w).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    u32::from(digits[9] - b'0') == check
}

/// IBAN mod-97: the first four characters moved to the end, letters as 10..35, must leave 1.
pub(crate) fn iban_mod97(chars: &[u8]) -> bool {
    if chars.len() < 5 {
        return false;
    }
    let mut rem: u32 = 0;
    for &c in chars[4..].iter().chain(&chars[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            b'a'..=b'z' => u32::from(c - b'a') + 10,
            _ => return false,
        };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_test_cards_and_rejects_one_digit_off() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"378282246310005"));
        assert!(luhn(b"5555555555554444"));
        assert!(!luhn(b"4111111111111112"));
        assert!(!luhn(b""));
    }

    #[test]
    fn nhs_mod11_matches_published_examples() {
        assert!(nhs_mod11(b"9434765919"));
        assert!(nhs_mod11(b"4010232137"));
        assert!(!nhs_mod11(b"9434765918"));
        assert!(!nhs_mod11(b"943476591"));
    }

    #[test]
    fn iban_mod97_matches_published_examples() {
        assert!(iban_mod97(b"GB82WEST12345698765432"));
        assert!(iban_mod97(b"DE89370400440532013000"));
        assert!(iban_mod97(b"gb82west12345698765432"));
        assert!(!iban_mod97(b"GB82WEST12345698765433"));
    }
}
