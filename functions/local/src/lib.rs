//! The local runner: the whole product on one machine, without an AWS account.
//!
//! The `chatbot` binary runs the same services the Lambda functions run (the webhook, the
//! transcript logger, the aggregator and the data-subject operations), in one process, on the
//! embedded local store (`shared::store::local`): turns and the queue in a redb file, reports as
//! files at the same keys as in S3.
//!
//! - [`cli`]: the command line (`serve`, `demo`, `aggregate`, `export`, `erase`, `scrub`, `redact`).
//! - [`app`]: the product assembled on a data folder: services, queue pump, dev key.
//! - [`server`]: the HTTP server on 127.0.0.1 (the paths the platforms and the widget call).
//! - [`inbox`]: the stand-in for the client's lead and booking endpoints: checks each signature.
//! - [`demo`]: the scripted conversations `chatbot demo` plays, and the player.

pub mod app;
pub mod cli;
pub mod demo;
pub mod inbox;
pub mod server;
