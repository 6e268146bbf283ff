/** Every TypeORM entity, in one list for the DataSource. */
import { Agency } from "../modules/agency/agency.entity";
import { TargetAssessment } from "../modules/assessment/target-assessment.entity";
import { ApiToken } from "../modules/api-token/api-token.entity";
import { Assignment } from "../modules/assignment/assignment.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { Congress } from "../modules/congress/congress.entity";
import { ResolutionClause } from "../modules/congress/resolution-clause.entity";
import { Resolution } from "../modules/congress/resolution.entity";
import { Indicator } from "../modules/indicator/indicator.entity";
import { KeyTask } from "../modules/key-task/key-task.entity";
import { Measurement } from "../modules/measurement/measurement.entity";
import { Province } from "../modules/province/province.entity";
import { Target } from "../modules/target/target.entity";
import { Session } from "../modules/user/session.entity";
import { Reminder, ReminderOptOut } from "../modules/reminder/reminder.entity";
import { LoginThrottle } from "../modules/user/login-throttle.entity";
import { User } from "../modules/user/user.entity";

export const entities = [
  Province,
  Congress,
  Resolution,
  ResolutionClause,
  KeyTask,
  Target,
  Indicator,
  Agency,
  Assignment,
  Measurement,
  User,
  Session,
  ApiToken,
  AuditEvent,
  TargetAssessment,
  Reminder,
  ReminderOptOut,
  LoginThrottle,
];
