// The `kubectl rollout` subcommands, one file each (pause/resume/restart share one).
export { rolloutHistoryCommand } from "./history";
export { rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand } from "./pause-resume-restart";
export { rolloutStatusCommand } from "./status";
export { rolloutUndoCommand } from "./undo";
