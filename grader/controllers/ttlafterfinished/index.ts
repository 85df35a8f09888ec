export { TTLAfterFinishedController, jobExpiresAt } from "./controller";
