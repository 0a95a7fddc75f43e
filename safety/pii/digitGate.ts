// The recognizers that need a digit in the segment: most segments have none, and asking each of
// them (a regex test apiece, for every window) cost more than anything else scanPii does there.
import type { Recognizer } from "../types";
import { bankAccount } from "./bankAccount";
import { birthDate } from "./birthDate";
import { koreanAddress } from "./address";
import { koreanBusinessNumber } from "./brn";
import { creditCard } from "./creditCard";
import { koreanCorporateNumber } from "./crn";
import { deviceId } from "./deviceId";
import { koreanDriverLicense } from "./driverLicense";
import { koreanForeignerNumber } from "./frn";
import { machineReadableZone } from "./mrz";
import { nationalId } from "./nationalId";
import { partlyMaskedCard, partlyMaskedResidentNumber } from "./partialMasks";
import { koreanPassport } from "./passport";
import { phoneNumber } from "./phone";
import { reversedPhone, reversedResidentNumber } from "./reversed";
import { koreanResidentNumber } from "./rrn";
import { vehiclePlate } from "./vehiclePlate";

/**
 * The recognizers whose mayMatch is false on a segment without an ASCII digit: each tests it for
 * digits first (\d, \d{2} … \d{7}, a passport's letter and three digits). A recognizer whose
 * gate changes must leave this set, or stay one that needs a digit.
 */
export const needsDigit: ReadonlySet<Recognizer> = new Set([
    koreanResidentNumber,
    koreanForeignerNumber,
    koreanCorporateNumber,
    koreanBusinessNumber,
    koreanDriverLicense,
    koreanPassport,
    nationalId,
    machineReadableZone,
    creditCard,
    partlyMaskedResidentNumber,
    partlyMaskedCard,
    phoneNumber,
    reversedPhone,
    reversedResidentNumber,
    bankAccount,
    koreanAddress,
    vehiclePlate,
    deviceId,
    birthDate
]);

/** What each of them needs first. */
export const asciiDigit = /\d/;
