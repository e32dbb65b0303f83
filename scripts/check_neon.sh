#!/usr/bin/env bash
# Checks the redaction scan's NEON code, which runs on the arm64 Lambda functions but not on
# the x86_64 machine the tests run on: the `Classes` struct, `classes_by_byte` and the aarch64
# `classes` are taken from shared/src/redact/scan.rs as written, compiled for aarch64 (linked
# with zig from the venv's ziglang, which cargo-lambda brings), and run under user-mode QEMU
# on 200,000 chunks (every byte value in every lane, then random ones).
# Needs: the aarch64-unknown-linux-gnu Rust target, qemu-user, libc6-arm64-cross.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCAN="$ROOT/shared/src/redact/scan.rs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A linker for rustc: zig's clang for aarch64 glibc, without the flags it does not take.
cat > "$work/cc" <<SH
#!/bin/sh
args=""
for a in "\$@"; do
    case "\$a" in
        -Wl,--as-needed|-Wl,-Bdynamic|-Wl,-Bstatic|-Wl,--eh-frame-hdr|-Wl,-znoexecstack|-nodefaultlibs) ;;
        -lgcc_s) args="\$args -lunwind" ;;
        *) args="\$args '\$a'" ;;
    esac
done
eval exec "${TOOLS_DIR:-$ROOT/.tools}/venv/bin/python" -m ziglang cc -target aarch64-linux-gnu.2.17 \$args
SH
chmod +x "$work/cc"

item() { awk -v start="$1" 'index($0, start) == 1 {on=1} on {print} on && /^}/ {exit}' "$SCAN"; }
{
    echo 'const CHUNK: usize = 16;'
    echo 'fn is_word(b: u8) -> bool { b.is_ascii_alphanumeric() || b >= 0x80 }'
    item '/// Bit `n` set for each byte `n` of a chunk'
    item '/// The classes one byte at a time'
    item '/// NEON, which every aarch64 processor has'
    cat <<'RS'
fn main() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for round in 0..200_000u32 {
        let chunk: [u8; CHUNK] = if round < 256 {
            std::array::from_fn(|n| (round as u8).wrapping_add(n as u8 * 17))
        } else {
            std::array::from_fn(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
        };
        assert_eq!(classes(&chunk), classes_by_byte(&chunk), "{chunk:?}");
    }
    println!("NEON classes agree with the byte-by-byte definition on 200000 chunks");
}
RS
} > "$work/neon.rs"
grep -q 'vld1q_u8' "$work/neon.rs" || { echo "the NEON classes were not found in $SCAN"; exit 1; }
rustc -O --edition 2024 --target aarch64-unknown-linux-gnu -C linker="$work/cc" "$work/neon.rs" -o "$work/neon"
qemu-aarch64 -L /usr/aarch64-linux-gnu "$work/neon"
