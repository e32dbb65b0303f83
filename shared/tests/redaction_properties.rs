//! Properties of redaction that hold for any text: it is idempotent, nothing it finds survives
//! a second pass, findings are ordered, disjoint and on character boundaries, and the output is
//! exactly the input with each finding replaced by its placeholder; in messages and in long
//! documents alike.

use proptest::prelude::*;
use shared::redact::Redactor;

/// Pieces chat messages are made of: personal data, look-alikes, placeholders, and noise.
fn fragment() -> impl Strategy<Value = String> {
    let samples = prop::sample::select(vec![
        "Hi, I'm Sarah Jones",
        "my name is priya patel",
        "07700 900123",
        "+44 (0)20 7946 0958",
        "0161-496-0000",
        "jo.b+x@example.co.uk",
        "4111 1111 1111 1111",
        "card 4012888888881881",
        "AB 12 34 56 C",
        "943 476 5919",
        "nhs 4010232137",
        "SW1A 1AA",
        "m1 1ae",
        "GB82 WEST 1234 5698 7654 32",
        "sort code 20-00-00",
        "acc 55779911",
        "192.168.1.20",
        "2001:db8::1",
        "DOB 12/03/1985",
        "born 14 February 1990",
        "12 Baker Street",
        "Flat 4, 27 Elm Grove",
        "Rose Cottage, Mill Lane, Ashford TN24 8XY",
        "Ivy Cottage\nStation Road\nLlandeilo\nSA19 6NG",
        "Station Road\nLlandeilo",
        "Flat 3\n14 Park Road",
        "send it to The Old Rectory, Church Road",
        "mobile 7700 900123",
        "call me Abi",
        "my email is sam dot jones at gmail dot com",
        "j underscore smith 84 at hotmail.co.uk",
        " at ",
        " dot com",
        "order 12345 at amazon dot co dot uk",
        "Ella's",
        "Sarah Jones's wedding",
        "hi im sarah",
        "this is mary anne smith",
        "it\u{2019}s ",
        "i am ",
        "its ella",
        "https://x.com/reset?token=abc",
        "www.example.com/users/jsmith",
        "passport 123456789",
        "MORGA753116SM9IJ",
        "exp 09/27",
        "cvv 123",
        "Thanks,\nDave",
        "Mr Patel",
        "Kind regards, Siobhán",
        "order #100234",
        "£25.99",
        "9:30",
        "v4.12.0.3",
        "iOS 17.2.1.0",
        "12/03/2026",
        "3 weeks drive",
        "[EMAIL]",
        "[NAME]",
        "[PHONE]",
        "Zoë",
        "東京",
        "🙂",
        "I'm",
        "name:",
        "this is",
        "Thanks",
        "oh seven seven double oh nine double oh one two three",
        "plus four four seven seven",
        "nine double oh",
        "four one one one",
        "one",
        "oh",
        "triple",
        "born on the fourth of may",
        "twenty first",
        "nineteen eighty five",
        "march the",
        "dob",
        "MY SON JACK NEEDS",
        "MY SON NEEDS",
        "PARK DR NEAR",
        "CHEERS TOM",
        "THANKS X",
        "BOOKED UNDER THOMPSON",
        "CANCEL OLIVER'S LESSON",
        "MAIDEN NAME WAS BROWN",
        // Sentences in lowercase after one that is not, and values across a sentence's end.
        "Hi there. my son jack is ill",
        "my name is J. Smith",
        "and thanks dave",
        // A name written again, and words that only look like it.
        "I'm Jan",
        "Jan Kowalski",
        "Jan",
        "Mrs Okafor",
        "Okafor's",
        "i am priya",
        "priya sharma",
        "Paul Smith shirts",
        "Green Park",
        "Hope",
        "oh eight hundred",
        "3/2 45 Byres Road",
        "the Okonkwo family",
        "born in Leeds in 1978",
        "dob 05111978",
        "the name on the booking from Liam to Connor",
        "surname to",
        "two oh dash three two dash oh six",
        "4 Canal Side, Skipton BD23 2AX",
        "I live at 4 Canal Side",
        "my address is 18 Meadowbank",
        "Flat 2, 14b Meadowbank",
        "Aisling Ní Bhriain",
        "my hubby Dave",
        "can aunty bola come",
        "4 3 2 1 8 7 6 5",
        "D02 X285",
        "my eircode is a65f4e2",
        "Watson W A T S O N",
        "table for 4 under jones",
        "Dave from number 12 signed",
        "Hello Darling",
        "railcard expires 03/26",
        "dob 030487",
        "pw: hunter2",
        "via jbloggs(at)btinternet.com",
        "The payee is Zhang Wei",
        "Maria Jose Garcia Lopez",
        "My mobile is oh seven nine double one",
        "My date of birth is the fourth of may",
        "Ivy-Rose",
        "xoxo Jasmine",
        "reg: KM 19 UHT",
        "memorable date is the 14th of feb",
        "Flat B, 42 Victoria Road",
        "Thanks Sarah, much appreciated",
        "Account Manager",
        "i live on beech avenue",
        "07700.900.123",
        "je m'appelle Amélie",
        "\nCaller: yeah its keith robinson",
        "\nAgent: and your surname please?\nCaller: kowalski",
        "\n[10:31] Priya: hi",
        "\n12/03/2026, 10:32 - Sarah Jones: are you in",
        "\nBot: What name is the booking under?\nUser: ‘harris’",
        "\nOperator (Tom): whats your name?\nVisitor 1234: ann",
    ])
    .prop_map(str::to_owned);
    prop_oneof![
        4 => samples,
        1 => "[0-9 ()+./:-]{1,20}",
        1 => "[A-Za-z0-9@.]{1,14}",
        1 => "\\PC{0,12}",
    ]
}

/// Terms a bot may keep, each what some fragment's finding is whole.
const KEEPABLE: &[&str] =
    &["Sarah", "Sarah Jones", "priya patel", "Abi", "Dave", "Patel", "07700 900123", "SW1A 1AA", "ella"];

/// Fragments joined: a chat message of up to ten, or a document (an export, a transcript) of
/// up to 150, long enough that a second pass looks only near what was redacted.
fn joined(fragments: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    let sep = prop::sample::select(vec![" ", ", ", ". ", "\n", ": ", "", " and "]);
    prop::collection::vec((fragment(), sep), fragments)
        .prop_map(|parts| parts.into_iter().map(|(f, s)| f + s).collect())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![3 => joined(0..10), 1 => joined(40..150), 1 => "\\PC{0,200}"]
}

proptest! {
    // 20,000 cases, about a minute in CI's debug build: 2,000 missed "Dr. " ending a text
    // (a panic that 1,000,000 cases found at the 13,308th).
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    fn redaction_is_idempotent_and_nothing_found_survives(text in text()) {
        let redactor = Redactor::default();
        let once = redactor.redact(&text);
        let twice = redactor.redact(&once.text);
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert!(twice.findings.is_empty(), "second pass found {:?} in {:?}", twice.findings, once.text);
    }

    #[test]
    fn terms_never_redacted_are_left_and_redaction_stays_idempotent(
        text in text(),
        kept in prop::sample::subsequence(KEEPABLE.to_vec(), 1..4),
    ) {
        let redactor = Redactor::default().keeping(&kept);
        let once = redactor.redact(&text);
        for f in &once.findings {
            let found = &text[f.start..f.end];
            prop_assert!(!kept.iter().any(|k| k.eq_ignore_ascii_case(found)), "{:?} kept by {:?}", found, kept);
        }
        let twice = redactor.redact(&once.text);
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert!(twice.findings.is_empty(), "second pass found {:?} in {:?}", twice.findings, once.text);
    }

    #[test]
    fn findings_are_ordered_disjoint_boundaries_and_replaced(text in text()) {
        let r = Redactor::default().redact(&text);
        let mut rebuilt = String::new();
        let mut last = 0;
        for f in &r.findings {
            prop_assert!(last <= f.start && f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            rebuilt.push_str(&text[last..f.start]);
            rebuilt.push_str(f.entity.placeholder());
            last = f.end;
        }
        rebuilt.push_str(&text[last..]);
        prop_assert_eq!(rebuilt, r.text.into_owned());
    }
}
