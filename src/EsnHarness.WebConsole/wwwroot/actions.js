// What the dispatcher does: every action is a POST to the console's own API (same origin, session cookie); a refusal is
// shown in the notice line. PTT presses and releases of one control go out strictly in order.

const notice = () => document.getElementById('notice');

// True when the console's server did it; else the refusal is in the notice line.
export async function post(path, body) {
  return (await send(path, body)) === null;
}

// Null when the console's server did it; else why not (also shown in the notice line).
export async function send(path, body) {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (response.status === 401) {
      window.location.assign('/login');
      return 'logged out';
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({ error: response.statusText }));
      notice().textContent = `Refused: ${problem.error}`;
      notice().classList.add('error');
      return `Refused: ${problem.error}`;
    }
    notice().classList.remove('error');
    return null;
  } catch (error) {
    notice().textContent = `The console server did not answer: ${error.message}`;
    notice().classList.add('error');
    return `The console server did not answer: ${error.message}`;
  }
}

const lanes = new Map();

function ptt(target, pressed) {
  const key = target.group ? `group:${target.group}` : `call:${target.callId}`;
  const next = (lanes.get(key) || Promise.resolve()).then(() => post('/api/ptt', { ...target, pressed }));
  lanes.set(key, next);
}

// Press and hold: pointer (mouse, pen, touch) or Space while the button has focus; let go anywhere to release.
export function bindPtt(button, target) {
  let held = false;
  const press = () => {
    if (held) return;
    held = true;
    button.setAttribute('aria-pressed', 'true');
    ptt(target, true);
  };
  const release = () => {
    if (!held) return;
    held = false;
    button.setAttribute('aria-pressed', 'false');
    ptt(target, false);
  };
  button.addEventListener('pointerdown', event => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    button.focus();
    if (button.setPointerCapture) button.setPointerCapture(event.pointerId);
    press();
  });
  button.addEventListener('pointerup', release);
  button.addEventListener('pointercancel', release);
  button.addEventListener('lostpointercapture', release);
  button.addEventListener('keydown', event => {
    if (event.code !== 'Space' && event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) press();
  });
  button.addEventListener('keyup', event => {
    if (event.code !== 'Space' && event.key !== ' ') return;
    event.preventDefault();
    release();
  });
  button.addEventListener('blur', release);
  button.addEventListener('click', event => event.preventDefault());
  button.addEventListener('contextmenu', event => event.preventDefault());
  return { press, release };
}

// F8 held: talk on the group selected for F8.
export function bindShortcut(selectedControl) {
  let active = null;
  document.addEventListener('keydown', event => {
    if (event.key !== 'F8' || event.repeat) return;
    event.preventDefault();
    active = selectedControl();
    if (active) active.press();
  });
  document.addEventListener('keyup', event => {
    if (event.key !== 'F8' || !active) return;
    event.preventDefault();
    active.release();
    active = null;
  });
}
