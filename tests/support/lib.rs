//! Helpers for the black-box tests in this folder: the local AWS endpoints the test command
//! starts, unique resources on them, realistic turns, and the behavioural suites that every
//! storage adapter (AWS and local) must pass alike.

pub mod contract;
pub mod endpoints;
pub mod fixtures;
pub mod receiver;
