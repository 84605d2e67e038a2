#!/usr/bin/env python3
"""Reads RFC 5322 messages with Python's own parser, as an independent check of Lotse's
message builder. Input on stdin: a JSON list of message texts. Output on stdout: a JSON
list with, per message, the decoded headers, the decoded body, the parser's defects and
the longest raw line."""
import email
import email.policy
import json
import sys

out = []
for raw in json.load(sys.stdin):
    msg = email.message_from_string(raw, policy=email.policy.default)
    defects = [type(d).__name__ for d in msg.defects]
    for name in msg.keys():
        header = msg[name]
        defects += [type(d).__name__ for d in getattr(header, "defects", [])]
    out.append({
        "subject": str(msg["subject"]),
        "from": str(msg["from"]),
        "from_address": msg["from"].addresses[0].addr_spec,
        "from_name": msg["from"].addresses[0].display_name,
        "to": [a.addr_spec for a in msg["to"].addresses],
        "message_id": str(msg["message-id"]),
        "date": msg["date"].datetime.isoformat(),
        "mime_version": str(msg["mime-version"]),
        "content_type": msg.get_content_type(),
        "charset": msg.get_content_charset(),
        "transfer_encoding": msg["content-transfer-encoding"].cte,
        "auto_submitted": str(msg["auto-submitted"]),
        "body": msg.get_content(),
        "defects": defects,
        "header_count": len(msg.keys()),
        "longest_line": max(len(line) for line in raw.split("\n")),
    })
json.dump(out, sys.stdout)
