//! The conversations `chatbot demo` plays: a dental practice's bot on all three platforms, with
//! the things real users do: ask the opening hours, book, ask for a callback, give feedback, say
//! things the bot does not understand, and put personal data in the text.
//!
//! The script is the demo's input and the tests' expectation: the report must count exactly the
//! sessions, turns, missed utterances and feedback written here, and none of the personal values
//! listed here may be found in the data folder.

use shared::model::Platform;

/// One user message and what the platform's NLU made of it.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub text: &'static str,
    /// The matched intent; `None` on a missed utterance where the platform names none.
    pub intent: Option<&'static str>,
    pub confidence: f64,
    /// The fulfilment tag (CX tag, ES action); Lex routes by intent.
    pub tag: Option<&'static str>,
    pub parameters: &'static [(&'static str, &'static str)],
    /// Whether the platform reports it as a missed utterance.
    pub missed: bool,
    /// The feedback rating this step gives (`up`/`down`), if it is feedback.
    pub rating: Option<&'static str>,
}

/// An event the chat widget sends beside the conversation.
#[derive(Debug, Clone, Copy)]
pub enum WidgetEvent {
    Feedback { rating: &'static str, comment: &'static str },
    Card(&'static str),
}

/// One session on one platform.
#[derive(Debug, Clone, Copy)]
pub struct Conversation {
    pub platform: Platform,
    pub session: &'static str,
    pub what: &'static str,
    pub steps: &'static [Step],
    pub widget: &'static [WidgetEvent],
}

const fn step(text: &'static str, intent: &'static str, tag: &'static str) -> Step {
    Step { text, intent: Some(intent), confidence: 0.93, tag: Some(tag), parameters: &[], missed: false, rating: None }
}

const fn missed(text: &'static str, intent: Option<&'static str>, tag: Option<&'static str>) -> Step {
    Step { text, intent, confidence: 0.0, tag, parameters: &[], missed: true, rating: None }
}

/// Every personal value in the script: none may be stored anywhere.
pub const PERSONAL_VALUES: &[&str] = &[
    "Sarah Jones",
    "sarah.jones@example.co.uk",
    "07700 900123",
    "SW1A 1AA",
    "020 7946 0958",
    "Priya Shah",
    "raj.patel@example.com",
    "Raj Patel",
    "Emma Wilson",
    "07700 900456",
    "david.brown@example.org",
    "David Brown",
    "4111 1111 1111 1111",
    "AB 12 34 56 C",
    "14 Church Lane",
];

/// The demo's conversations.
pub const CONVERSATIONS: &[Conversation] = &[
    Conversation {
        platform: Platform::DialogflowCx,
        session: "cx-booking",
        what: "opening hours, a booking, a thumbs up",
        steps: &[
            step("What time do you open on Saturday?", "opening.hours", "opening-hours"),
            Step {
                parameters: &[
                    ("patient_name", "Sarah Jones"),
                    ("contact_email", "sarah.jones@example.co.uk"),
                    ("date", "2026-12-04"),
                    ("time", "10:00"),
                ],
                ..step(
                    "Can you book me in on 4 December at 10am? I'm Sarah Jones, sarah.jones@example.co.uk",
                    "book.appointment",
                    "book-appointment",
                )
            },
            Step {
                parameters: &[("rating", "up")],
                rating: Some("up"),
                ..step("That was easy, thanks!", "feedback.positive", "feedback")
            },
        ],
        widget: &[WidgetEvent::Feedback {
            rating: "up",
            comment: "Lovely and quick. Call me on 07700 900123 if anything changes",
        }],
    },
    Conversation {
        platform: Platform::DialogflowCx,
        session: "cx-callback",
        what: "a missed question, then a callback request",
        steps: &[
            missed("do you do teeth whitening for dogs", None, Some("no-match")),
            Step {
                parameters: &[("patient_name", "Tom"), ("callback_number", "07700 900123")],
                ..step("Call me back on 07700 900123 please, it's Tom", "request.callback", "callback")
            },
        ],
        widget: &[],
    },
    Conversation {
        platform: Platform::DialogflowCx,
        session: "cx-browse",
        what: "opening hours, a card, a missed utterance with a postcode",
        steps: &[
            step("opening hours?", "opening.hours", "opening-hours"),
            missed("is there parking near SW1A 1AA", None, Some("no-match")),
        ],
        widget: &[WidgetEvent::Card("Book an appointment")],
    },
    Conversation {
        platform: Platform::DialogflowEs,
        session: "es-hours",
        what: "opening hours, then a missed question",
        steps: &[
            step("When are you open?", "opening.hours", "opening-hours"),
            missed(
                "my NI number is AB 12 34 56 C, do I pay for check-ups",
                Some("Default Fallback Intent"),
                Some("input.unknown"),
            ),
        ],
        widget: &[],
    },
    Conversation {
        platform: Platform::DialogflowEs,
        session: "es-callback",
        what: "a callback request, then a thumbs down",
        steps: &[
            Step {
                parameters: &[("patient_name", "Priya Shah"), ("callback_number", "020 7946 0958")],
                ..step("Please ring me on 020 7946 0958, name's Priya Shah", "request.callback", "callback")
            },
            Step { rating: Some("down"), ..step("That took ages", "feedback.negative", "feedback.negative") },
        ],
        widget: &[],
    },
    Conversation {
        platform: Platform::DialogflowEs,
        session: "es-booking",
        what: "a booking",
        steps: &[Step {
            parameters: &[
                ("patient_name", "Raj Patel"),
                ("contact_email", "raj.patel@example.com"),
                ("date", "2026-12-05"),
                ("time", "15:00"),
            ],
            ..step(
                "I'd like a check-up on 5 December at 3pm, I'm Raj Patel, raj.patel@example.com",
                "book.appointment",
                "book-appointment",
            )
        }],
        widget: &[],
    },
    Conversation {
        platform: Platform::LexV2,
        session: "lex-callback",
        what: "opening hours, then a callback request",
        steps: &[
            step("What are your opening hours", "OpeningHours", "FulfillmentCodeHook"),
            Step {
                parameters: &[("patient_name", "Emma Wilson"), ("callback_number", "07700 900456")],
                ..step("Please call Emma Wilson back on 07700 900456", "RequestCallback", "FulfillmentCodeHook")
            },
        ],
        widget: &[],
    },
    Conversation {
        platform: Platform::LexV2,
        session: "lex-booking",
        what: "a booking, then feedback",
        steps: &[
            Step {
                parameters: &[
                    ("patient_name", "David Brown"),
                    ("contact_email", "david.brown@example.org"),
                    ("date", "2026-12-07"),
                ],
                ..step(
                    "Book me in for Monday, I'm David Brown, david.brown@example.org",
                    "BookAppointment",
                    "FulfillmentCodeHook",
                )
            },
            Step {
                parameters: &[("rating", "up")],
                rating: Some("up"),
                ..step("Great service", "GiveFeedback", "FulfillmentCodeHook")
            },
        ],
        widget: &[],
    },
    Conversation {
        platform: Platform::LexV2,
        session: "lex-card",
        what: "a card number the bot must not keep",
        steps: &[missed(
            "can I pay with my card 4111 1111 1111 1111",
            Some("FallbackIntent"),
            Some("FulfillmentCodeHook"),
        )],
        widget: &[],
    },
    Conversation {
        platform: Platform::LexV2,
        session: "lex-address",
        what: "an address, then opening hours",
        steps: &[
            missed(
                "I live at 14 Church Lane, can you send a leaflet",
                Some("FallbackIntent"),
                Some("FulfillmentCodeHook"),
            ),
            step("ok when are you open", "OpeningHours", "FulfillmentCodeHook"),
        ],
        widget: &[],
    },
];
