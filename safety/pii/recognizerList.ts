// The recognizers the scan runs, in the order that breaks a tie, and the types' priority when
// overlapping spans score the same (index.ts resolves them).
import type { PiiType, Recognizer } from "../types";
import { bankAccount } from "./bankAccount";
import { koreanBusinessNumber } from "./brn";
import { creditCard } from "./creditCard";
import { koreanCorporateNumber } from "./crn";
import { koreanDriverLicense } from "./driverLicense";
import { emailAddress } from "./email";
import { koreanForeignerNumber } from "./frn";
import { ipAddress } from "./ipAddress";
import { koreanPassport } from "./passport";
import { phoneNumber } from "./phone";
import { reversedPhone, reversedResidentNumber } from "./reversed";
import { koreanResidentNumber } from "./rrn";
import { koreanAddress } from "./address";
import { cjkAddress } from "./cjkAddress";
import { foreignPassport, nationalId } from "./nationalId";
import { machineReadableZone } from "./mrz";
import { vehiclePlate } from "./vehiclePlate";
import { deviceId } from "./deviceId";
import { birthDate } from "./birthDate";
import { partlyMaskedCard, partlyMaskedResidentNumber } from "./partialMasks";
import { secretToken } from "./secrets";
import { urlCredential } from "./urlCredentials";
import { residentNumberHalves } from "./rrnHalves";
import { cardSecurityCode } from "./cardSecurity";
import { authCode } from "./authCodes";
import { wrappedSecret } from "./wrappedSecret";
import { awsSecretAlone } from "./awsSecret";
import { assembledValue } from "./assembled";

/** Every recognizer, in priority order (earlier wins a tie on an overlapping span). */
export const recognizers: readonly Recognizer[] = [
    secretToken,
    wrappedSecret,
    awsSecretAlone,
    urlCredential,
    koreanResidentNumber,
    koreanForeignerNumber,
    koreanCorporateNumber,
    koreanBusinessNumber,
    koreanDriverLicense,
    koreanPassport,
    nationalId,
    foreignPassport,
    machineReadableZone,
    creditCard,
    partlyMaskedResidentNumber,
    partlyMaskedCard,
    residentNumberHalves,
    cardSecurityCode,
    authCode,
    phoneNumber,
    reversedPhone,
    reversedResidentNumber,
    emailAddress,
    bankAccount,
    ipAddress,
    koreanAddress,
    cjkAddress,
    vehiclePlate,
    deviceId,
    birthDate,
    assembledValue
];

const priorityOrder: readonly PiiType[] = [
    "SECRET",
    "URL_CREDENTIALS",
    "KR_RRN",
    "KR_FRN",
    "KR_CRN",
    "KR_BRN",
    "KR_DRIVER_LICENSE",
    "KR_PASSPORT",
    "NATIONAL_ID",
    "CREDIT_CARD",
    "PHONE",
    "EMAIL",
    "BANK_ACCOUNT",
    "IP_ADDRESS",
    "KR_ADDRESS",
    "KR_VEHICLE_PLATE",
    "DEVICE_ID",
    "DATE_OF_BIRTH"
];
/** A type's rank when overlapping spans score the same: lower wins. */
export const priority = (type: PiiType) => priorityOrder.indexOf(type);
