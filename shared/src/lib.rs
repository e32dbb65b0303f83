//! Shared code of the chatbot backend: everything two functions need lives here.
//!
//! The crate is split by concern, one module each, so that domain code knows nothing about Lambda
//! and adapters know nothing about the NLU platforms:
//!
//! - [`model`]: the domain types: [`model::Turn`] and the identifiers and calendar days it is keyed by.
//! - [`policy`]: a bot's [`policy::DataPolicy`]: how long turns are kept and what is collected at all.
//! - [`store`]: the storage ports (small capability traits such as [`store::TranscriptWriter`]) and
//!   their adapters: DynamoDB, S3 and SQS for AWS, and an embedded local store for running without it.
//! - [`redact`]: the redaction engine: personal data out of chat text before anything is stored.
//! - [`platform`]: one adapter per NLU platform (Dialogflow CX, Dialogflow ES, Lex V2): request in,
//!   normalised turn out; platform-neutral reply in, the platform's exact response out.
//! - [`fulfil`]: the bot config, routing by tag or intent, the actions (reply, lead, booking,
//!   feedback, fallback) and the redacted turn that is logged.
//! - [`webhook`]: the webhook service the `webhook` function and the local runner share.
//! - [`logger`]: the transcript logger service: queued turns and chat-widget events, redacted
//!   again, cut to the bot's data policy, stored with their expiry.
//! - [`report`]: the nightly aggregation: daily reports (JSON and HTML) and monthly anonymised
//!   aggregates.
//! - [`subject`]: keyed hashes of the emails and phone numbers redacted from a turn, so that a
//!   data subject's turns can be found and erased without storing either.
//! - [`rights`]: the data-subject operations (redact, export, erase, scrub, erase a subject) and
//!   their audit records.
//! - [`web`]: HTTP requests and responses, their authentication, and Function URL events.
//! - [`aws`]: building the AWS clients once, from the standard configuration chain, pinned to UK/EU.
//! - [`config`], [`startup`], [`secrets`], [`s3_get`]: the environment variables the functions
//!   read, what they load at start-up (the bot config, with a signed GET from S3), and the secrets
//!   they read from SSM.
//! - [`metrics`], [`logging`]: counters in CloudWatch Embedded Metric Format, and log output.

pub mod aws;
pub mod config;
pub mod fulfil;
pub mod logger;
pub mod logging;
pub mod metrics;
pub mod model;
pub mod platform;
pub mod policy;
pub mod redact;
pub mod report;
pub mod rights;
pub mod s3_get;
pub mod secrets;
pub mod startup;
pub mod store;
pub mod subject;
pub mod web;
pub mod webhook;
