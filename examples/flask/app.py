"""An ordinary Flask app with its own routes, on Flask's own session (a cookie signed by
itsdangerous, no server-side store) and its message flashing. It knows nothing of sessionspec:
targets/flask.yaml maps the suite's operations onto these routes.

    /usr/bin/python3 examples/flask/app.py --port 5000      # Debian's python3-flask

It answers JSON; a cookie it cannot write is refused with HTTP 422.
"""
import argparse
from datetime import datetime, timedelta

from flask import Flask, flash, get_flashed_messages, jsonify, request, session
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.serving import make_server

app = Flask(__name__)
app.secret_key = "flask example secret, not for production"
app.config.update(
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PERMANENT_SESSION_LIFETIME=timedelta(weeks=2),
)


def signer(name, salt=""):
    # Signed preference cookies use itsdangerous, as the session does, with a salt per purpose
    # (its documented way): the cookie's name and the caller's salt, so a value signed for one
    # cookie or purpose does not verify for another.
    return URLSafeTimedSerializer(app.secret_key, salt=f"preference:{name}:{salt}")


@app.after_request
def keep_session_for_two_weeks(response):
    # A persistent cookie (PERMANENT_SESSION_LIFETIME) for any session a request wrote; marking
    # every session permanent up front would write a cookie for every visitor.
    if session.modified and session:
        session.permanent = True
    return response


@app.get("/ping")
def ping():
    return {"pong": True}


# The wishlist lives in the session.
@app.get("/wishlist")
def wishlist():
    return {"wishes": session.get("wishlist", {})}


@app.get("/wishlist/<key>")
def wish(key):
    wishes = session.get("wishlist", {})
    return {"has": key in wishes, "wish": wishes.get(key)} if key in wishes else {"has": False}


@app.post("/wishlist/<key>")
def add_wish(key):
    # Flask sees a change only when the session itself is assigned to.
    session["wishlist"] = {**session.get("wishlist", {}), key: request.get_json()["wish"]}
    return {"saved": key}


@app.delete("/wishlist/<key>")
def remove_wish(key):
    wishes = dict(session.get("wishlist", {}))
    removed = wishes.pop(key, None) is not None
    if removed:
        session["wishlist"] = wishes
    return {"removed": removed}


@app.delete("/wishlist")
def clear_wishlist():
    if "wishlist" in session:
        session["wishlist"] = {}
    return {"cleared": True}


# Signing in starts afresh; signing out forgets everything. Flask's cookie session has no key
# to renew: clearing it is how Flask apps do both.
@app.post("/auth/login")
def login():
    session.clear()
    session["user"] = request.get_json(silent=True, force=True).get("user", "guest")
    return {"user": session["user"]}


@app.post("/auth/logout")
def logout():
    session.clear()
    return {"loggedOut": True}


# Message flashing: (category, message) pairs, kept in the session until they are read.
@app.post("/flashes")
def add_flash():
    body = request.get_json()
    flash(body["message"], body["category"])
    return {"flashed": True}


@app.get("/flashes")
def list_flashes():
    return {"flashes": get_flashed_messages(with_categories=True)}


@app.get("/flashes/count")
def count_flashes():
    return {"waiting": len(session.get("_flashes", []))}


# Cookies: a page lists what the browser sent; preferences are set and removed by name.
@app.get("/cookies")
def cookies():
    return {"cookies": [{"name": name, "value": value} for name, value in request.cookies.items()]}


def cookie_options(body):
    expires = body.get("expires")
    return {
        "path": body.get("path") or "/",
        "domain": body.get("domain"),
        "secure": bool(body.get("secure")),
        "httponly": bool(body.get("httpOnly")),
        "samesite": body.get("sameSite"),
        **({"expires": datetime.strptime(expires, "%a, %d %b %Y %H:%M:%S GMT")} if expires else {}),
    }


def set_cookie(name, value, body):
    response = jsonify({"name": name})
    try:
        response.set_cookie(name, value, **cookie_options(body))
    except (ValueError, TypeError) as error:
        return jsonify({"refused": str(error).splitlines()[0]}), 422
    return response


@app.put("/cookies/<name>")
def put_cookie(name):
    body = request.get_json()
    return set_cookie(name, body["value"], body)


@app.put("/signed-cookies/<name>")
def put_signed_cookie(name):
    body = request.get_json()
    return set_cookie(name, signer(name, body.get("salt", "")).dumps(body["value"]), body)


@app.get("/signed-cookies/<name>")
def get_signed_cookie(name):
    raw = request.cookies.get(name)
    if raw is None:
        return {"ok": False, "problem": "missing"}
    try:
        return {"ok": True, "value": signer(name, request.args.get("salt", "")).loads(raw)}
    except BadSignature:
        return {"ok": False, "problem": "bad signature"}


@app.delete("/cookies/<name>")
def delete_cookie(name):
    response = jsonify({"deleted": name})
    args = request.args
    response.delete_cookie(name, path=args.get("path") or "/", domain=args.get("domain"), samesite=args.get("sameSite"))
    return response


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument("--host", default="127.0.0.1")
    options = parser.parse_args()
    # make_server binds the socket before the line is printed: the harness reads it as "ready".
    server = make_server(options.host, options.port, app, threaded=True)
    print(f"flask example listening on http://{options.host}:{options.port}", flush=True)
    server.serve_forever()
