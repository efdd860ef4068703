/** The background's answers to the content script: badge, record, checkup, "keep it on". */
import { finishCheckup, positionIn } from '../checkup';
import type { GuideStart } from '../guide-start';
import { settledFrom, withKeptOn } from '../keep-on';
import { labelBook } from '../linkedin/labels';
import type { Message } from '../messages';
import { withSighting } from '../record';
import { scheduleReminder } from '../reminder';
import {
  checkupItem,
  keepOnItem,
  readCheckup,
  readKeepOn,
  readKeepOnOrNull,
  readRecord,
  readRecordOrNull,
  readReminder,
  recordItem,
  reminderItem,
} from '../storage';
import { showBadge } from './badge';

let queue: Promise<unknown> = Promise.resolve();

/** Handles one validated message from tab `tabId`, one at a time (each reads then writes storage); resolves to the reply. */
export const handleMessage = (message: Message, tabId: number, now = new Date()): Promise<unknown> =>
  inTurn(() => handle(message, tabId, now));

/** Clears the badge of `tabId` (a page load began) in turn with the reports, so an earlier report cannot outlive it. */
export const clearBadge = (tabId: number): Promise<void> => inTurn(() => showBadge(tabId, null));

/** Runs `task` after every task queued before it. */
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

async function handle(message: Message, tabId: number, now: Date): Promise<unknown> {
  switch (message.type) {
    case 'guide-state': {
      await showBadge(tabId, message.state);
      // Storage unreadable: no write, rather than one sighting over every other (the badge above stands).
      const record = message.setting && message.state ? await readRecordOrNull() : null;
      if (record && message.setting && message.state)
        await recordItem.setValue(withSighting(record, message.setting, message.state, now, message.rung));
      return null;
    }
    case 'guide-start': {
      const answer: GuideStart = {
        settled: settledFrom(await readRecord(), await readKeepOn()),
        position: message.setting && positionIn(await readCheckup(), message.setting),
        labels: labelBook,
      };
      return answer;
    }
    case 'checkup-done': {
      const checkup = await readCheckup();
      if (checkup && !checkup.finishedAt) await checkupItem.setValue(finishCheckup(checkup, now));
      // A finished checkup restarts the reminder's clock (and clears its dot).
      const reminder = await readReminder();
      if (reminder) await reminderItem.setValue(scheduleReminder(reminder.months, now));
      return null;
    }
    case 'keep-on': {
      // True once stored: the guide then ends for this setting, and says so (storage refused: it stays).
      const keptOn = await readKeepOnOrNull();
      if (keptOn) await keepOnItem.setValue(withKeptOn(keptOn, message.setting));
      return !!keptOn;
    }
  }
}
