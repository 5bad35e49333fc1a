// How the screen words the floor and the audio meters, shared by the group tiles and the private calls.

const FLOOR_WORDS = {
  idle: 'idle',
  requesting: 'requesting…',
  granted: 'granted: you are talking',
  queued: 'queued',
  denied: 'denied',
  revoked: 'revoked',
};

export function floorText(state, detail) {
  const words = FLOOR_WORDS[state] || state;
  return `Your floor: ${words}${detail ? ` (${detail})` : ''}`;
}

// The voice of the latest burst with its frame count: what the console really received or sent, not only what the floor said.
export function audioText(audio) {
  if (!audio) return 'No audio yet';
  if (audio.outgoing) return `${audio.live ? 'Sending' : 'Sent'} audio: ${audio.frames} frames reached the MCX`;
  return `${audio.live ? 'Receiving' : 'Received'} audio from ${audio.from.name}: ${audio.frames} frames`;
}
