#!/usr/bin/env python3
"""Reads an mbox file written by a real MTA with Python's mailbox and email packages
and prints, per message, the envelope recipient, return path, decoded subject, Message-ID,
Auto-Submitted and decoded body as JSON (for Lotse's real-MTA test)."""
import email
import email.policy
import json
import mailbox
import sys

box = mailbox.mbox(sys.argv[1], factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default), create=False)
out = []
for msg in box:
    out.append({
        "envelope_to": str(msg["envelope-to"] or ""),
        "return_path": str(msg["return-path"] or ""),
        "subject": str(msg["subject"]),
        "message_id": str(msg["message-id"]),
        "auto_submitted": str(msg["auto-submitted"] or ""),
        "body": msg.get_content(),
    })
json.dump(out, sys.stdout)
