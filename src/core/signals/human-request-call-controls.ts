// English commands that work a call or a plan, not a person asked for: "end call", "put the call on speaker", "mute
// the call", "can you put me on the same deal?", "switch me onto the cheaper plan".
import { words } from './human-request-cues.js';

const OPENING = new Set(words(`please pls plz can could would you u just ok okay now`));
const ENDING = new Set(words(`please pls plz now thanks`));
// "end call", "hang up the call", "mute this call".
const CONTROLS = new Set(words(`end mute unmute record merge decline reject redial hangup`));
const CALLS = new Set(words(`call calls`));
const WHICH_CALL = new Set(words(`the this my that current`));
// "put the call on speaker", "put this call on hold".
const CALL_SETTINGS = new Set(words(`speaker speakerphone loudspeaker hold mute`));
// "put me on the same deal", "put me on a cheaper tariff": a thing the speaker is put on.
const PUT_ON_THINGS = new Set(
  words(`deal deals plan plans tariff tariffs rate rates offer offers contract package bundle flight train bus scheme
    diet course payroll`),
);
const THING_MOST = 4;

function core(tokens: readonly string[]): readonly string[] {
  let from = 0;
  while (OPENING.has(tokens[from] ?? '')) {
    from += 1;
  }
  let to = tokens.length;
  while (to > from && ENDING.has(tokens[to - 1] ?? '')) {
    to -= 1;
  }
  return tokens.slice(from, to);
}

function worksACall(said: readonly string[]): boolean {
  const verb = said[0] === 'hang' && said[1] === 'up' ? 2 : 1;
  if (CONTROLS.has(said[0] ?? '') || verb === 2) {
    const call = WHICH_CALL.has(said[verb] ?? '') ? verb + 1 : verb;
    return CALLS.has(said[call] ?? '') && said.length === call + 1;
  }
  if (said[0] !== 'put') {
    return false;
  }
  const call = WHICH_CALL.has(said[1] ?? '') ? 2 : 1;
  return (
    CALLS.has(said[call] ?? '') &&
    said[call + 1] === 'on' &&
    CALL_SETTINGS.has(said[said.length - 1] ?? '') &&
    said.length <= call + 4
  );
}

function putsMeOnAThing(said: readonly string[]): boolean {
  const put = said.findIndex(
    (token, index) => (token === 'put' || token === 'switch' || token === 'move') && said[index + 1] === 'me',
  );
  // "switch me to a green tariff": a plan switched to.
  const onto =
    said[put + 2] === 'on' || said[put + 2] === 'onto' || (said[put] !== 'put' && said[put + 2] === 'to');
  if (put < 0 || !onto) {
    return false;
  }
  return said.slice(put + 3, put + 3 + THING_MOST).some((token) => PUT_ON_THINGS.has(token));
}

/** Whether an English clause or sentence works a call or puts the speaker on a plan, asking for nobody. */
export function worksACallOrAPlan(tokens: readonly string[]): boolean {
  const said = core(tokens);
  return worksACall(said) || putsMeOnAThing(said);
}
