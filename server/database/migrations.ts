/** Every migration class, in order; the files live in /migrations. Written by `npm run migration:generate`. */
import { Initial1795808485561 } from "../../migrations/1795808485561-Initial";
import { Guards1795808485647 } from "../../migrations/1795808485647-Guards";
import { LoginFailure1795809452583 } from "../../migrations/1795809452583-LoginFailure";
import { ApprovedYearlyIndex1795814965136 } from "../../migrations/1795814965136-ApprovedYearlyIndex";
import { IndicatorDirection1796117764466 } from "../../migrations/1796117764466-IndicatorDirection";
import { FiguresYouCanTrust1796117997282 } from "../../migrations/1796117997282-FiguresYouCanTrust";
import { LoginThrottle1796118195223 } from "../../migrations/1796118195223-LoginThrottle";
import { AgencyKindCommuneWard1796119330513 } from "../../migrations/1796119330513-AgencyKindCommuneWard";
import { CongressFacts1796119561709 } from "../../migrations/1796119561709-CongressFacts";
import { Reminders1796120938492 } from "../../migrations/1796120938492-Reminders";
import { IndicatorPredecessor1796130553672 } from "../../migrations/1796130553672-IndicatorPredecessor";

export const migrations = [
  Initial1795808485561,
  Guards1795808485647,
  LoginFailure1795809452583,
  ApprovedYearlyIndex1795814965136,
  IndicatorDirection1796117764466,
  FiguresYouCanTrust1796117997282,
  LoginThrottle1796118195223,
  AgencyKindCommuneWard1796119330513,
  CongressFacts1796119561709,
  Reminders1796120938492,
  IndicatorPredecessor1796130553672,
];
